/** Where a search string occurs in a text. */
export interface Match {
  start: number;
  end: number;
}

// Past this many matches the count is what matters; the reader does not mark thousands of places.
export const MAX_FIND_MATCHES = 5000;

/** Every occurrence of `query` in `text`, ignoring case (and, for Latin letters, accents); none for an empty query. */
export function findMatches(text: string, query: string, limit = MAX_FIND_MATCHES): Match[] {
  const needle = fold(query.trim());
  if (needle === '') return [];
  const haystack = fold(text);
  // Folding keeps each UTF-16 unit in place (NFD would not), so offsets in the folded text are offsets in the text.
  const out: Match[] = [];
  let from = 0;
  while (out.length < limit) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    out.push({ start: at, end: at + needle.length });
    from = at + Math.max(1, needle.length);
  }
  return out;
}

// Lower-cases unit by unit: a character whose lower case has another length (e.g. İ) keeps its own form.
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}
