// A clause ends at a semicolon, colon or comma (full-width ones included), but not at the comma inside `270,000`.
const CLAUSE_BREAK = /[;:，；：]|(?<!\d),|,(?!\d)/gu;

/** Where the last clause of `text` starts: just after its last clause break, or 0. */
export function lastClauseBreak(text: string): number {
  let at = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) at = (match.index ?? 0) + match[0].length;
  return at;
}

/** Where the first clause of `text` ends: at its first clause break, or at its end. */
export function firstClauseBreak(text: string): number {
  for (const match of text.matchAll(CLAUSE_BREAK)) return match.index ?? 0;
  return text.length;
}
