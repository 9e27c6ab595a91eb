/** Words shorter than this must be typed right: one edit in a three-letter word is a different word. */
export const MIN_TYPO_LENGTH = 4;
/** From this length two edits are forgiven, below it one. */
export const TWO_TYPOS_LENGTH = 8;
/** At most this many corrections are tried per word, the closest first. */
export const MAX_CORRECTIONS = 3;

/** The position of the first word of the sorted vocabulary not before `key` (where words starting with it begin). */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some word of the sorted vocabulary starts with `prefix`. */
export function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  return (sorted[lowerBound(sorted, prefix)] ?? '').startsWith(prefix);
}

/** Vocabulary words grouped by length, so a typo search reads only words of nearly the same length. */
export type WordsByLength = Map<number, string[]>;

/** Groups the vocabulary by length; CJK pairs are left out (a typo is a Latin-script notion here). */
export function wordsByLength(words: Iterable<string>): WordsByLength {
  const byLength: WordsByLength = new Map();
  for (const w of words) addWordByLength(byLength, w);
  return byLength;
}

/** Adds one new vocabulary word to its group, unless it is too short or CJK. */
export function addWordByLength(byLength: WordsByLength, w: string): void {
  if (w.length < MIN_TYPO_LENGTH - 2 || w.charCodeAt(0) >= 0x2e80) return;
  const list = byLength.get(w.length);
  if (list) list.push(w);
  else byLength.set(w.length, [w]);
}

/** Vocabulary words within the typo allowance of `word` (by edit distance, closest first); empty for short words. */
export function typoCandidates(byLength: WordsByLength, word: string): string[] {
  if (word.length < MIN_TYPO_LENGTH) return [];
  const allowed = word.length >= TWO_TYPOS_LENGTH ? 2 : 1;
  const found: { word: string; d: number }[] = [];
  const near: string[] = [];
  for (let len = word.length - allowed; len <= word.length + allowed; len++) near.push(...(byLength.get(len) ?? []));
  for (const candidate of near) {
    const d = boundedEditDistance(word, candidate, allowed);
    if (d <= allowed) found.push({ word: candidate, d });
  }
  return found.sort((a, b) => a.d - b.d || (a.word < b.word ? -1 : 1)).slice(0, MAX_CORRECTIONS).map((f) => f.word);
}

let previousRow = new Uint32Array(64);
let currentRow = new Uint32Array(64);

/**
 * The Levenshtein distance of `a` and `b` when it is at most `max`, else some number above `max`. Stops at the first
 * row whose every cell exceeds `max` and reuses its two rows: a typo is checked against every vocabulary word of
 * nearly its length, and the full distance with fresh rows per word made mistyped queries the slowest kind (6.6 ms at
 * 3,000 sources and 30,000 claims).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (previousRow.length <= b.length) {
    previousRow = new Uint32Array(b.length * 2 + 1);
    currentRow = new Uint32Array(b.length * 2 + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
