// Undo and redo of the workspace: the last UNDO_DEPTH changes history can put back, newest first. An undo marks its
// entry `undone` (the audit trail keeps it), a redo clears the mark; a new change after some undos ends their redo,
// because the undone entries are then no longer the newest. Each runs in one transaction and writes nothing when a
// record was changed since the entry (see planUndo).
import { describeChange } from '../../../shared/history/describe-change';
import { recordChangeOf, trashIdOf, type RecordChange, type UndoConflict, type UndoDirection, type UndoTable } from '../../../shared/history/undo-plan';
import type { HistoryEntry } from '../../../shared/model';
import type { FootnoteDatabase, HistoryRow } from './database';
import { nowIso } from './identity';
import { isUndoableImport, redoImport, undoImport } from './import-undo';
import { applyRecordWrites, planAgainstStore } from './record-writes';
import { reimportedSince, removedSourceIds } from './source-deletion';
import { moveToTrash, restoreFromTrash, TRASH_GONE } from './trash';

/** How many changes back Ctrl+Z can go. */
export const UNDO_DEPTH = 100;

/**
 * How many history rows, newest first, are looked through for them. Imports write a row per source and per claim (the
 * source's row is undone, taking its claims with it); without a bound, a key press after importing a large library
 * would read all of them.
 */
export const UNDO_SCAN_ROWS = 5000;

/** A stored entry with its sequence number. */
export type NumberedEntry = HistoryEntry & { seq: number };

export type UndoOutcome =
  | { status: 'done'; direction: UndoDirection; seq: number; description: string }
  | { status: 'nothing'; direction: UndoDirection }
  | { status: 'conflict'; direction: UndoDirection; seq: number; description: string; message: string };

/** Whether history holds what it takes to undo this entry. */
export function canUndoEntry(entry: Pick<HistoryEntry, 'entity' | 'op' | 'before' | 'after'>): boolean {
  return recordChangeOf(entry) !== undefined || isUndoableImport(entry);
}

/** The last UNDO_DEPTH entries that can be undone or redone (among the last UNDO_SCAN_ROWS rows), newest first. */
export async function undoableEntries(db: FootnoteDatabase): Promise<NumberedEntry[]> {
  let scanned = 0;
  const rows = await db.history
    .orderBy('seq')
    .reverse()
    .until(() => ++scanned > UNDO_SCAN_ROWS)
    .filter(canUndoEntry)
    .limit(UNDO_DEPTH)
    .toArray();
  return rows.filter(isNumbered);
}

/** The entry Ctrl+Z would undo and the one Ctrl+Shift+Z would redo, for menus and buttons. */
export async function undoRedoTargets(db: FootnoteDatabase): Promise<{ undo?: NumberedEntry; redo?: NumberedEntry }> {
  return targetsIn(await undoableEntries(db));
}

function targetsIn(entries: readonly NumberedEntry[]): { undo?: NumberedEntry; redo?: NumberedEntry } {
  const newestLive = entries.findIndex((e) => !e.undone);
  // Redo replays the undone entries newer than every live one, oldest first; an older undone entry was overtaken.
  const undoneOnTop = newestLive === -1 ? entries : entries.slice(0, newestLive);
  const redo = undoneOnTop[undoneOnTop.length - 1];
  const undo = newestLive === -1 ? undefined : entries[newestLive];
  return { ...(undo ? { undo } : {}), ...(redo ? { redo } : {}) };
}

/** Undoes the newest change that is not undone yet. */
export async function undoLatest(db: FootnoteDatabase): Promise<UndoOutcome> {
  return db.transaction('rw', undoTables(db), async () => {
    const { undo } = targetsIn(await undoableEntries(db));
    return undo ? applyEntry(db, undo, 'undo') : { status: 'nothing', direction: 'undo' };
  });
}

/** Redoes the change undone last, if nothing was changed after it. */
export async function redoLatest(db: FootnoteDatabase): Promise<UndoOutcome> {
  return db.transaction('rw', undoTables(db), async () => {
    const { redo } = targetsIn(await undoableEntries(db));
    return redo ? applyEntry(db, redo, 'redo') : { status: 'nothing', direction: 'redo' };
  });
}

/** Undoes one entry by its sequence number (the history list's Undo), with the same checks. */
export async function undoEntry(db: FootnoteDatabase, seq: number): Promise<UndoOutcome> {
  return db.transaction('rw', undoTables(db), async () => {
    const row = await db.history.get(seq);
    if (!row || !isNumbered(row) || row.undone || !canUndoEntry(row)) return { status: 'nothing', direction: 'undo' };
    return applyEntry(db, row, 'undo');
  });
}

/** The notice text for an outcome: "Undid: delete claim “…”". */
export function undoNotice(outcome: UndoOutcome): string {
  if (outcome.status === 'nothing') return outcome.direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.';
  if (outcome.status === 'conflict') return outcome.message;
  return `${outcome.direction === 'undo' ? 'Undid' : 'Redid'}: ${outcome.description}`;
}

function undoTables(db: FootnoteDatabase) {
  return [db.history, db.sources, db.claims, db.citations, db.annotations, db.briefings, db.collections, db.texts, db.sourceFiles, db.trash];
}

async function applyEntry(db: FootnoteDatabase, entry: NumberedEntry, direction: UndoDirection): Promise<UndoOutcome> {
  const description = describeChange(entry);
  if (isUndoableImport(entry)) {
    const result = direction === 'undo' ? await undoImport(db, entry.seq, entry.entityId) : await redoImport(db, entry.seq);
    if (!result.ok) return { status: 'conflict', direction, seq: entry.seq, description, message: refusal(direction, description, result.reason) };
    return markApplied(db, entry, direction, description);
  }
  const change = recordChangeOf(entry);
  if (!change) return { status: 'nothing', direction };
  const plan = await planAgainstStore(db, change, direction);
  if (!plan.ok) return { status: 'conflict', direction, seq: entry.seq, description, message: conflictMessage(direction, description, plan.conflicts) };
  const trashId = trashIdOf(entry);
  if (trashId !== undefined) {
    const blocked = await trashBlocker(db, change, direction, trashId);
    if (blocked) return { status: 'conflict', direction, seq: entry.seq, description, message: refusal(direction, description, blocked) };
    // A deletion's text and original go back with its records, or out again with them on redo.
    if (direction === 'undo') {
      await applyRecordWrites(db, plan.writes);
      await restoreFromTrash(db, trashId);
    } else {
      const title = (change.before.sources?.[0] as { title?: string } | undefined)?.title ?? '';
      await moveToTrash(db, { id: trashId, at: nowIso(), title }, removedSourceIds(change));
      await applyRecordWrites(db, plan.writes);
    }
  } else {
    await applyRecordWrites(db, plan.writes);
  }
  return markApplied(db, entry, direction, description);
}

async function markApplied(db: FootnoteDatabase, entry: NumberedEntry, direction: UndoDirection, description: string): Promise<UndoOutcome> {
  if (direction === 'undo') await db.history.update(entry.seq, { undone: true, undoneAt: nowIso() });
  else await db.history.update(entry.seq, { undone: false, undoneAt: undefined });
  return { status: 'done', direction, seq: entry.seq, description };
}

// A deleted source comes back only with its text and original, and only while no other source holds the same text.
async function trashBlocker(db: FootnoteDatabase, change: RecordChange, direction: UndoDirection, trashId: string): Promise<string | undefined> {
  if (direction === 'redo') return undefined;
  if (!(await db.trash.get(trashId))) return TRASH_GONE;
  return reimportedSince(db, change, 'undo');
}

function refusal(direction: UndoDirection, description: string, reason: string): string {
  return `Cannot ${direction} ${description}: ${reason}. Nothing was changed.`;
}

const TABLE_WORDS: Record<UndoTable, string> = { sources: 'source', claims: 'claim', citations: 'citation', annotations: 'note', briefings: 'briefing', collections: 'collection' };

function conflictMessage(direction: UndoDirection, description: string, conflicts: readonly UndoConflict[]): string {
  const first = conflicts[0];
  const what = first ? TABLE_WORDS[first.table] : 'record';
  const since = first?.kind === 'gone' ? `the ${what} was deleted since` : first?.kind === 'back' ? `a ${what} of the same id was added since` : `the ${what} was changed since`;
  const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more record${conflicts.length > 2 ? 's' : ''})` : '';
  return `Cannot ${direction} ${description}: ${since}${more}. Nothing was changed; undo the later change first, or make the change again by hand.`;
}

function isNumbered(row: HistoryRow): row is NumberedEntry {
  return typeof row.seq === 'number';
}
