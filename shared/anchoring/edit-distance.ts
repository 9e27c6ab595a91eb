// Levenshtein distance with two rows of memory. approx-string-match answers "where does this pattern occur
// with fewest edits"; re-scoring a range whose ends have been moved needs the distance between two whole
// strings, which it does not give.

/** Beyond this many cells (about 10 ms of work) callers get null and keep what they had. */
export const MAX_EDIT_DISTANCE_CELLS = 4_000_000;

/** The number of single-code-unit insertions, deletions and substitutions turning `a` into `b`, or null when the strings are too long to compare cheaply. */
export function editDistance(a: string, b: string): number | null {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (a.length * b.length > MAX_EDIT_DISTANCE_CELLS) return null;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? null;
}

/**
 * The fewest edits turning `pattern` into some substring of `text` (Sellers' algorithm), or null when too long
 * to compare cheaply. Used to score a short prefix or suffix against the text beside a candidate: it needs only
 * the count, which approx-string-match would pay extra to locate.
 */
export function bestSubstringDistance(text: string, pattern: string): number | null {
  if (pattern.length === 0) return 0;
  if (text.length === 0) return pattern.length;
  if (text.length * pattern.length > MAX_EDIT_DISTANCE_CELLS) return null;
  // column[i] = fewest edits matching pattern[0, i) to a substring of text ending at the current position.
  let previous = new Uint32Array(pattern.length + 1);
  let current = new Uint32Array(pattern.length + 1);
  for (let i = 0; i <= pattern.length; i++) previous[i] = i;
  let best = previous[pattern.length] ?? pattern.length;
  for (let j = 1; j <= text.length; j++) {
    current[0] = 0;
    const ct = text.charCodeAt(j - 1);
    for (let i = 1; i <= pattern.length; i++) {
      const substitution = (previous[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === ct ? 0 : 1);
      current[i] = Math.min(substitution, (previous[i] ?? 0) + 1, (current[i - 1] ?? 0) + 1);
    }
    best = Math.min(best, current[pattern.length] ?? best);
    [previous, current] = [current, previous];
  }
  return best;
}
