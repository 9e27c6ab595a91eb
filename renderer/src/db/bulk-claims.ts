// Bulk changes to many claims at once (a tag, a status), for up to the whole workspace: one transaction, so they
// apply all or nothing, written in batches that report progress so the analyst sees it moving.
import { checkStatus, cleanTag } from '../../../shared/claims/edit/claim-fields';
import type { Claim, ClaimStatus } from '../../../shared/model';
import { claimOf } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import { nowIso } from './identity';

// Claims read and written per step; progress is reported after each.
const BATCH = 1_000;

/** Called after each batch with how many claims were handled so far out of all. */
export type BulkProgress = (done: number, total: number) => void;

/** Adds a tag to every named claim that lacks it, in one transaction; returns how many changed. */
export async function tagClaimsInBatches(db: FootnoteDatabase, claimIds: readonly string[], tag: string, onProgress?: BulkProgress): Promise<number> {
  const cleaned = cleanTag(tag);
  const key = cleaned.toLocaleLowerCase();
  return changeInBatches(db, claimIds, (c) => (c.tags.some((t) => t.toLocaleLowerCase() === key) ? undefined : { ...c, tags: [...c.tags, cleaned] }), onProgress);
}

/** Sets the status of every named claim, in one transaction; returns how many changed. */
export async function setClaimsStatusInBatches(db: FootnoteDatabase, claimIds: readonly string[], status: ClaimStatus, onProgress?: BulkProgress): Promise<number> {
  const checked = checkStatus(status);
  return changeInBatches(db, claimIds, (c) => (c.status === checked ? undefined : { ...c, status: checked }), onProgress);
}

async function changeInBatches(db: FootnoteDatabase, claimIds: readonly string[], change: (before: Claim) => Claim | undefined, onProgress?: BulkProgress): Promise<number> {
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) throw new Error('Choose at least one claim.');
  return db.transaction('rw', [db.claims, db.history], async () => {
    const at = nowIso();
    let changed = 0;
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const stored = await db.claims.bulkGet(batch);
      if (stored.some((c) => c === undefined)) throw new Error('Some of the chosen claims no longer exist; refresh the list and try again.');
      const pairs = stored.flatMap((row) => {
        if (!row) return [];
        const before = claimOf(row);
        const next = change(before);
        return next ? [{ before, after: { ...next, updatedAt: at } }] : [];
      });
      await db.claims.bulkPut(pairs.map((p) => p.after));
      await db.history.bulkAdd(pairs.map(({ before, after }) => ({ entity: 'claim' as const, entityId: after.id, op: 'update' as const, at, before, after })));
      changed += pairs.length;
      onProgress?.(Math.min(start + BATCH, ids.length), ids.length);
    }
    return changed;
  });
}
