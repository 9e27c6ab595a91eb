// The history of one claim or one source, newest first, in words: what changed and when, and whether it can still be
// undone from history. A claim's history holds its citations' changes; a source's, its notes' changes.
import { describeChange } from '../../../shared/history/describe-change';
import type { HistoryEntity } from '../../../shared/model';
import type { FootnoteDatabase, HistoryRow } from './database';
import { canUndoEntry, type NumberedEntry } from './undo';

/** One line of a history list. */
export interface HistoryLine {
  seq: number;
  at: string;
  op: NumberedEntry['op'];
  description: string;
  undone: boolean;
  undoneAt?: string;
  /** True when history holds what it takes to undo it (an import or a restore does not). */
  undoable: boolean;
}

/** A claim's changes and its citations' changes, newest first. */
export async function claimHistory(db: FootnoteDatabase, claimId: string): Promise<HistoryLine[]> {
  const citationIds = await db.citations.where('claimId').equals(claimId).primaryKeys();
  return linesOf(await entriesOf(db, [['claim', [claimId]], ['citation', citationIds]]));
}

/** A source's changes and its notes' changes, newest first. */
export async function sourceHistory(db: FootnoteDatabase, sourceId: string): Promise<HistoryLine[]> {
  const annotationIds = await db.annotations.where('sourceId').equals(sourceId).primaryKeys();
  return linesOf(await entriesOf(db, [['source', [sourceId]], ['annotation', annotationIds]]));
}

async function entriesOf(db: FootnoteDatabase, wanted: [HistoryEntity, string[]][]): Promise<HistoryRow[]> {
  const keys = wanted.flatMap(([entity, ids]) => ids.map((id) => [entity, id]));
  if (keys.length === 0) return [];
  return db.history.where('[entity+entityId]').anyOf(keys).toArray();
}

function linesOf(rows: readonly HistoryRow[]): HistoryLine[] {
  return rows
    .filter((row): row is NumberedEntry => typeof row.seq === 'number')
    .sort((a, b) => b.seq - a.seq)
    .map((row) => ({
      seq: row.seq,
      at: row.at,
      op: row.op,
      description: describeChange(row),
      undone: row.undone === true,
      ...(row.undoneAt ? { undoneAt: row.undoneAt } : {}),
      undoable: canUndoEntry(row),
    }));
}
