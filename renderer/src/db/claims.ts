import type { ClaimStatus } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { nowIso } from './identity';

/** Sets a claim's status, recording the change. */
export async function setClaimStatus(db: FootnoteDatabase, claimId: string, status: ClaimStatus): Promise<void> {
  await db.transaction('rw', [db.claims, db.history], async () => {
    const before = await db.claims.get(claimId);
    if (!before) throw new Error('That claim no longer exists.');
    const after = { ...before, status, updatedAt: nowIso() };
    await db.claims.put(after);
    await db.history.add({ entity: 'claim', entityId: claimId, op: 'update', at: after.updatedAt, before, after });
  });
}

/** Deletes a claim and its citations together, keeping both in history so it can be undone. */
export async function deleteClaim(db: FootnoteDatabase, claimId: string): Promise<void> {
  await db.transaction('rw', [db.claims, db.citations, db.history], async () => {
    const before = await db.claims.get(claimId);
    if (!before) return;
    const citations = await db.citations.where('claimId').equals(claimId).toArray();
    await db.citations.bulkDelete(citations.map((c) => c.id));
    await db.claims.delete(claimId);
    await db.history.add({ entity: 'claim', entityId: claimId, op: 'delete', at: nowIso(), before: { claim: before, citations } });
  });
}
