// Undo of an import: Ctrl+Z after importing a file removes what the import added (the source, and the claims a
// summary's markers made) through the same removal as "Delete source…"; redo puts it back. The import's history row
// keeps only counts, so what the undo removed waits in the trash row named after it until redo or "Empty trash".
import { planSourceRemoval } from '../../../shared/history/plan-source-removal';
import { ClaimSchema, SourceImportRecordSchema, type HistoryEntry } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { nowIso } from './identity';
import { applyRecordWrites, planAgainstStore } from './record-writes';
import { gatherRemoval, reimportedSince, removalTables, removeAsPlanned } from './source-deletion';
import { importTrashId, restoreFromTrash, TRASH_GONE } from './trash';

/** Why an import cannot be undone or redone, or what it did. */
export type ImportUndoResult = { ok: true } | { ok: false; reason: string };

/** Whether the entry is a file import that undo can take back (filling a placeholder is not: the source was there). */
export function isUndoableImport(entry: Pick<HistoryEntry, 'entity' | 'op' | 'after'>): boolean {
  if (entry.entity !== 'source' || entry.op !== 'import') return false;
  const record = SourceImportRecordSchema.safeParse(entry.after);
  return record.success && record.data.filledPlaceholder !== true;
}

/** Removes what the import (history row `seq`) added, in the caller's transaction. */
export async function undoImport(db: FootnoteDatabase, seq: number, sourceId: string): Promise<ImportUndoResult> {
  // Nested in the caller's transaction: joining it again keeps its zone, which a chain of native awaits can lose.
  return db.transaction('rw', removalTables(db), () => removeImported(db, seq, sourceId));
}

async function removeImported(db: FootnoteDatabase, seq: number, sourceId: string): Promise<ImportUndoResult> {
  const source = await db.sources.get(sourceId);
  if (!source) return { ok: false, reason: 'the source was deleted since' };
  const input = await gatherRemoval(db, [sourceId], await claimsMadeBy(db, seq, sourceId));
  const at = nowIso();
  const plan = planSourceRemoval(input, at);
  await removeAsPlanned(db, plan.change, { id: importTrashId(seq), at, title: source.title, change: plan.change }, [sourceId]);
  return { ok: true };
}

/** Puts back what undoing the import removed, in the caller's transaction. */
export async function redoImport(db: FootnoteDatabase, seq: number): Promise<ImportUndoResult> {
  return db.transaction('rw', removalTables(db), () => restoreImported(db, seq));
}

async function restoreImported(db: FootnoteDatabase, seq: number): Promise<ImportUndoResult> {
  const trash = await db.trash.get(importTrashId(seq));
  if (!trash?.change) return { ok: false, reason: TRASH_GONE };
  const again = await reimportedSince(db, trash.change, 'undo');
  if (again) return { ok: false, reason: again };
  const planned = await planAgainstStore(db, trash.change, 'undo');
  if (!planned.ok) return { ok: false, reason: 'records it touched were changed since' };
  await applyRecordWrites(db, planned.writes);
  await restoreFromTrash(db, trash.id);
  return { ok: true };
}

// The claims an import made are recorded, one history row each, in its own transaction just before its source row:
// IndexedDB runs write transactions on one store one after another, so those rows are the run right below `seq`.
async function claimsMadeBy(db: FootnoteDatabase, seq: number, sourceId: string): Promise<string[]> {
  const ids: string[] = [];
  await db.history
    .where('seq')
    .below(seq)
    .reverse()
    .until((row) => !(row.entity === 'claim' && row.op === 'import'))
    .each((row) => {
      const claims = typeof row.after === 'object' && row.after !== null && 'claims' in row.after ? ClaimSchema.array().safeParse(row.after.claims) : undefined;
      for (const claim of claims?.success ? claims.data : []) if (claim.originSourceId === sourceId) ids.push(claim.id);
    });
  return ids;
}
