// Applying a recorded change to the stored records, shared by undo, redo and the removals that reuse their checks.
import { planUndo, touchedIds, type RecordChange, type UndoConflict, type UndoDirection, type UndoTable, type UndoWrites } from '../../../shared/history/undo-plan';
import { claimOf, type ClaimRow } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';

/** Plans undoing or redoing a change against the records stored now (see planUndo), in the caller's transaction. */
export async function planAgainstStore(db: FootnoteDatabase, change: RecordChange, direction: UndoDirection): Promise<{ ok: true; writes: UndoWrites } | { ok: false; conflicts: UndoConflict[] }> {
  const current = new Map<string, unknown>();
  for (const { table, ids } of touchedIds(change)) {
    const rows = await db.table(table).bulkGet(ids);
    ids.forEach((id, i) => current.set(key(table, id), table === 'claims' && rows[i] ? claimOf(rows[i] as ClaimRow) : rows[i]));
  }
  return planUndo(change, direction, (table, id) => current.get(key(table, id)));
}

function key(table: UndoTable, id: string): string {
  return `${table}\u0000${id}`;
}

/** Applies planned writes in the caller's transaction: deletes first, then puts grouped by table. */
export async function applyRecordWrites(db: FootnoteDatabase, writes: UndoWrites): Promise<void> {
  // Grouped deletes keep the search index's change events to one key list per table.
  for (const table of new Set(writes.deletes.map((d) => d.table))) {
    await db.table(table).bulkDelete(writes.deletes.filter((d) => d.table === table).map((d) => d.id));
  }
  for (const table of new Set(writes.puts.map((p) => p.table))) {
    await db.table(table).bulkPut(writes.puts.filter((p) => p.table === table).map((p) => p.record));
  }
}
