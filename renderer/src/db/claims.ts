import type { Citation, Claim, ClaimStatus, Stance } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { createClaim, selectionSelectors, sourceWithText, updateClaim } from './claim-operations';
import { claimOf } from './claim-measure-keys';
import { nowIso } from './identity';
import { addCitation } from './citation-operations';

/** Sets a claim's status, recording the change (the same operation as every other claim edit). */
export async function setClaimStatus(db: FootnoteDatabase, claimId: string, status: ClaimStatus): Promise<void> {
  await updateClaim(db, claimId, { status });
}

/** Deletes a claim and its citations together, keeping both in history so it can be undone. */
export async function deleteClaim(db: FootnoteDatabase, claimId: string): Promise<void> {
  await db.transaction('rw', [db.claims, db.citations, db.history], async () => {
    const before = await db.claims.get(claimId);
    if (!before) return;
    const citations = await db.citations.where('claimId').equals(claimId).toArray();
    await db.citations.bulkDelete(citations.map((c) => c.id));
    await db.claims.delete(claimId);
    await db.history.add({ entity: 'claim', entityId: claimId, op: 'delete', at: nowIso(), before: { claims: [claimOf(before)], citations } });
  });
}

/** A passage of a source's current text, as the reader selected it. */
export interface Passage {
  sourceId: string;
  start: number;
  end: number;
}

/** Makes a claim of a selected passage: the claim's text as the analyst words it, its citation the passage. One transaction, through createClaims. */
export async function createClaimFromPassage(db: FootnoteDatabase, passage: Passage, claimText: string, stance: Stance = 'supports'): Promise<Claim> {
  return db.transaction('rw', [db.sources, db.texts, db.claims, db.citations, db.history], async () => {
    const [source, text] = await sourceWithText(db, passage.sourceId);
    if (!text || passage.start >= passage.end || passage.end > text.text.length) throw new Error('Select some text in the source first.');
    const { claim } = await createClaim(db, { text: claimText, citation: { sourceId: source.id, selectors: selectionSelectors(source, text, passage.start, passage.end), stance } });
    return claim;
  });
}

/** Cites a selected passage for an existing claim, with a stance: addCitation with the passage's selectors. One transaction. */
export async function citePassageForClaim(db: FootnoteDatabase, passage: Passage, claimId: string, stance: Stance): Promise<Citation> {
  return db.transaction('rw', [db.sources, db.texts, db.claims, db.citations, db.history], async () => {
    const [source, text] = await sourceWithText(db, passage.sourceId);
    if (!text || passage.start >= passage.end || passage.end > text.text.length) throw new Error('Select some text in the source first.');
    return addCitation(db, claimId, { sourceId: source.id, locator: { selectors: selectionSelectors(source, text, passage.start, passage.end) }, stance });
  });
}
