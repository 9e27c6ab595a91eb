import type { Citation, Claim } from '../../model';
import { citationKey } from './citation-identity';
import { combineNotes, combineTags } from './claim-fields';

/** A claim with its citations, as merging reads it. */
export interface ClaimWithCitations {
  claim: Claim;
  citations: readonly Citation[];
}

/** What a merge changes: the kept claim's combined fields, the citation rows that move to it, and the duplicates removed. */
export interface MergePlan {
  tags: string[];
  note: string;
  /** Citations of merged claims that move to the kept claim. */
  move: string[];
  /** Citations that repeat one the kept claim ends up with, each with the id of the one that stays. */
  drop: { id: string; duplicateOf: string }[];
}

/**
 * Combines duplicates into the kept claim: tags and notes joined, the wording of each merged claim that differs kept
 * in the note, and citations combined with each piece of evidence once (see citationKey). Pure; checks nothing
 * the database must check (that the claims exist).
 */
export function planMerge(keep: ClaimWithCitations, merged: readonly ClaimWithCitations[]): MergePlan {
  const stays = new Map<string, string>();
  const drop: MergePlan['drop'] = [];
  // The kept claim's own rows stay first; among the others the oldest row stays, so its history reads from the start.
  for (const c of ordered(keep.citations)) {
    const key = citationKey(c);
    const existing = stays.get(key);
    if (existing === undefined) stays.set(key, c.id);
    else drop.push({ id: c.id, duplicateOf: existing });
  }
  const move: string[] = [];
  for (const c of ordered(merged.flatMap((m) => m.citations))) {
    const key = citationKey(c);
    const existing = stays.get(key);
    if (existing === undefined) {
      stays.set(key, c.id);
      move.push(c.id);
    } else drop.push({ id: c.id, duplicateOf: existing });
  }
  const wordings = merged.filter((m) => m.claim.text !== keep.claim.text).map((m) => `Merged claim: “${m.claim.text}”`);
  return {
    tags: combineTags(keep.claim.tags, ...merged.map((m) => m.claim.tags)),
    note: combineNotes(keep.claim.note, ...merged.map((m) => m.claim.note), ...wordings),
    move,
    drop,
  };
}

function ordered(citations: readonly Citation[]): Citation[] {
  return [...citations].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
