// The trash: a deleted source's text and original bytes, kept until the deletion is undone or the analyst empties the
// trash. They are not put in the history row because history rows are listed, scanned on every Ctrl+Z and written
// into backups; a 50 MB original there would make each of those carry it. Records (source, citations, notes) stay in
// history as every other change's do; only the heavy rows wait here, under the id the history row names.
import type { SourceText } from '../../../shared/model';
import type { RecordChange } from '../../../shared/history/undo-plan';
import type { FootnoteDatabase, SourceFileRow } from './database';

/** What one deletion moved out of `texts` and `sourceFiles`. */
export interface TrashRow {
  id: string;
  at: string;
  /** The deleted source's title, for the trash's summary. */
  title: string;
  texts: SourceText[];
  files: SourceFileRow[];
  /**
   * Original files other entries of the same reference list still read (they are found by hash): moved to one of
   * those entries instead of trashed, and moved back on undo.
   */
  movedFiles: { from: string; to: string }[];
  /** Bytes of the trashed originals, for "Empty trash (12 MB)". */
  size: number;
  /** For an undone import, the records it removed: its history row holds only counts. */
  change?: RecordChange;
}

/** Why a deletion cannot be undone once its trash row is gone. */
export const TRASH_GONE = 'its text and original file are no longer in the trash (it was emptied, or the workspace was restored from a backup)';

/** The trash row of an undone import: one per import history row. */
export function importTrashId(seq: number): string {
  return `import:${seq}`;
}

/** Moves the sources' texts and original files to a trash row, in the caller's transaction. */
export async function moveToTrash(db: FootnoteDatabase, row: Pick<TrashRow, 'id' | 'at' | 'title' | 'change'>, sourceIds: readonly string[]): Promise<TrashRow> {
  // Nested in the caller's transaction: joining it again keeps its zone, which a chain of native awaits can lose.
  return db.transaction('rw', trashTables(db), () => trashRows(db, row, sourceIds));
}

function trashTables(db: FootnoteDatabase) {
  return [db.sources, db.texts, db.sourceFiles, db.trash];
}

async function trashRows(db: FootnoteDatabase, row: Pick<TrashRow, 'id' | 'at' | 'title' | 'change'>, sourceIds: readonly string[]): Promise<TrashRow> {
  const ids = [...sourceIds];
  const texts = (await db.texts.bulkGet(ids)).filter((t) => t !== undefined);
  const files = (await db.sourceFiles.bulkGet(ids)).filter((f) => f !== undefined);
  const movedFiles: TrashRow['movedFiles'] = [];
  for (const file of files) {
    const heir = await fileHeir(db, file, ids);
    if (heir === undefined) continue;
    await db.sourceFiles.put({ ...file, sourceId: heir });
    movedFiles.push({ from: file.sourceId, to: heir });
  }
  const size = files.filter((f) => !movedFiles.some((m) => m.from === f.sourceId)).reduce((n, f) => n + f.bytes.length, 0);
  const trashed: TrashRow = { ...row, texts, files, movedFiles, size };
  await db.trash.put(trashed);
  await db.texts.bulkDelete(texts.map((t) => t.sourceId));
  await db.sourceFiles.bulkDelete(files.map((f) => f.sourceId));
  return trashed;
}

/** Puts a trash row's texts and files back and removes the row; undefined when the trash was emptied since. */
export async function restoreFromTrash(db: FootnoteDatabase, trashId: string): Promise<TrashRow | undefined> {
  return db.transaction('rw', trashTables(db), async () => {
    const row = await db.trash.get(trashId);
    if (!row) return undefined;
    await db.sourceFiles.bulkDelete(row.movedFiles.map((m) => m.to));
    await db.texts.bulkPut(row.texts);
    await db.sourceFiles.bulkPut(row.files);
    await db.trash.delete(trashId);
    return row;
  });
}

/** How many deletions the trash holds and how many bytes of originals. */
export async function trashSummary(db: FootnoteDatabase): Promise<{ count: number; size: number }> {
  let size = 0;
  let count = 0;
  // Read row by row: only `size` is needed, but IndexedDB has no projection, and a row may hold a large original.
  await db.trash.each((row) => {
    count += 1;
    size += row.size;
  });
  return { count, size };
}

/** Empties the trash: deletions made so far can no longer be undone. Returns how many rows went. */
export async function emptyTrash(db: FootnoteDatabase): Promise<number> {
  return db.transaction('rw', db.trash, async () => {
    const count = await db.trash.count();
    await db.trash.clear();
    return count;
  });
}

// Entries of one reference list share one stored file, found by its hash. When the entry that holds it goes, the file
// moves to another entry of the same file that has none of its own, so the others keep their original.
async function fileHeir(db: FootnoteDatabase, file: SourceFileRow, leaving: readonly string[]): Promise<string | undefined> {
  const otherCopies = await db.sourceFiles.where('sha256').equals(file.sha256).primaryKeys();
  if (otherCopies.some((id) => !leaving.includes(id))) return undefined;
  const sameFile = await db.sources.where('importedFrom.fileName').equals(file.name).toArray();
  return sameFile.find((s) => s.fileHash === file.sha256 && !leaving.includes(s.id))?.id;
}
