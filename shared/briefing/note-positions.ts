import type { CslCite } from './citation-formatter';

/** Where a note stands relative to earlier notes on the same item, in CSL's terms (citeproc's POSITION_* numbers). */
export const NOTE_POSITION = { first: 0, subsequent: 1, ibid: 2, ibidWithLocator: 3 } as const;
export type NotePosition = (typeof NOTE_POSITION)[keyof typeof NOTE_POSITION];

/**
 * The CSL position of each cite when every cite is its own note, in order: the first cite of an item is `first`; a
 * cite of the item the note before cited is `ibid` (same place) or `ibid-with-locator` (another place); any other
 * repeat is `subsequent`, as is a cite without a place after one with a place, which "Ibid." alone would misstate.
 */
export function notePositions(cites: readonly CslCite[]): NotePosition[] {
  const seen = new Set<string>();
  return cites.map((cite, i) => {
    const before = i > 0 ? cites[i - 1] : undefined;
    const firstTime = !seen.has(cite.itemId);
    seen.add(cite.itemId);
    if (firstTime) return NOTE_POSITION.first;
    if (before?.itemId !== cite.itemId) return NOTE_POSITION.subsequent;
    const samePlace = (before.locator ?? '') === (cite.locator ?? '') && (before.label ?? 'page') === (cite.label ?? 'page');
    if (samePlace) return NOTE_POSITION.ibid;
    return cite.locator ? NOTE_POSITION.ibidWithLocator : NOTE_POSITION.subsequent;
  });
}
