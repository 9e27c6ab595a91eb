import type { Citation, Claim, ClaimStatus, Stance } from '../../../shared/model';
import { describeRange } from '../../../shared/anchoring/describe-range';
import type { FootnoteDatabase } from './database';
import { createClaim, selectionSelectors, sourceWithText, updateClaim } from './claim-operations';
import { claimOf } from './claim-measure-keys';
import { newId, nowIso } from './identity';

/** Sets a claim's status, recording the change (the same operation as any other claim edit). */
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

async function citationForPassage(db: FootnoteDatabase, passage: Passage, claimId: string, stance: Stance, now: string): Promise<Citation> {
  const [source, text] = await Promise.all([db.sources.get(passage.sourceId), db.texts.get(passage.sourceId)]);
  if (!source || !text) throw new Error('That source is no longer in the workspace.');
  if (passage.start >= passage.end || passage.end > text.text.length) throw new Error('Select some text in the source first.');
  const described = describeRange(text.text, passage.start, passage.end, { sourceHash: source.contentHash });
  const block = text.blocks.find((b) => b.start <= passage.start && passage.start < b.end + 2);
  const locator: Citation['locator'] = { selectors: [described.quote, described.position] };
  if (block?.paragraph !== undefined) locator.paragraph = block.paragraph;
  if (block?.page !== undefined) locator.page = block.page;
  // The passage is in the source itself, so the citation is resolved from the start.
  return { id: newId(), claimId, sourceId: source.id, resolvedSourceId: source.id, locator, stance, resolved: true, createdAt: now };
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

/** Cites a selected passage for an existing claim, with a stance. One transaction. */
export async function citePassageForClaim(db: FootnoteDatabase, passage: Passage, claimId: string, stance: Stance): Promise<Citation> {
  return db.transaction('rw', [db.sources, db.texts, db.claims, db.citations, db.history], async () => {
    if (!(await db.claims.get(claimId))) throw new Error('That claim no longer exists.');
    const now = nowIso();
    const citation = await citationForPassage(db, passage, claimId, stance, now);
    await db.citations.add(citation);
    await db.history.add({ entity: 'citation', entityId: citation.id, op: 'create', at: now, after: citation });
    return citation;
  });
}
