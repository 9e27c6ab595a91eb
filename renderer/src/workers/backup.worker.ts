/// <reference lib="webworker" />
import { readBackupArchive } from '../../../shared/backup/read-backup-archive';
import type { ByteSource } from '../../../shared/backup/backup-zip-directory';
import type { BackupContents } from '../../../shared/backup/backup-format';
import { previewBackup } from '../../../shared/backup/backup-preview';
import { isQuotaError } from '../../../shared/backup/describe-storage-failure';
import { FootnoteDatabase } from '../db/database';
import { writeBackupArchive } from '../db/backup-archive';
import { contentsOfWorkspaceFile, deriveRowsOf, parseWorkspaceFile, restoreBackup } from '../db/workspace-file';
import type { DerivedRows } from '../db/derive-workspace';
import { withRestoreLock } from '../db/workspace-lock';
import { sha256Hex } from '../db/identity';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backup-protocol';

// Backups are written, read, checked and restored here, so compressing, hashing, checking every row and writing the
// restore never block the window, and the page never holds a backup: it sees slices of archive bytes on the way out
// and a preview of the counts on the way in. Pages follow the restore through Dexie's cross-context change events.
const scope = self as unknown as DedicatedWorkerGlobalScope;
// Archive bytes are posted in slices of at least this size: fflate hands out many small chunks.
const POST_SLICE_BYTES = 4 * 1024 * 1024;

/** The backup last read, kept for the restore the user may confirm, with its derived rows (computed while the user reads the preview). */
let held: BackupContents | null = null;
let derived: Promise<DerivedRows> | null = null;

// Keeps what was just read and derives its rows in the background, after the preview is posted: the restore then only writes.
function hold(contents: BackupContents): BackupContents {
  held = contents;
  derived = new Promise((resolve) => setTimeout(resolve, 0)).then(() => deriveRowsOf(contents.tables));
  // A failure is reported by the restore that awaits it, not here.
  derived.catch(() => {});
  return contents;
}

const reply = (message: BackupWorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<BackupWorkerRequest>) => {
  const message = event.data;
  const job = message.type === 'write' ? write(message.dbName, message.workspace) : message.type === 'read' ? read(message.file) : restore(message.dbName);
  job.catch((error: unknown) => reply({ type: 'failed', error: error instanceof Error ? error.message : String(error), quota: isQuotaError(error) }));
};

async function write(dbName: string, workspace: string): Promise<void> {
  const db = new FootnoteDatabase(dbName);
  let parts: Uint8Array[] = [];
  let pending = 0;
  const post = () => {
    if (pending === 0) return;
    const bytes = new Uint8Array(pending);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    parts = [];
    pending = 0;
    reply({ type: 'chunk', bytes }, [bytes.buffer]);
  };
  try {
    const manifest = await writeBackupArchive(db, workspace, (chunk) => {
      parts.push(chunk);
      pending += chunk.length;
      if (pending >= POST_SLICE_BYTES) post();
    });
    post();
    reply({ type: 'written', manifest });
  } finally {
    db.close();
  }
}

async function read(file: Blob): Promise<void> {
  held = null;
  derived = null;
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const source: ByteSource = { size: file.size, read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) };
    const result = await readBackupArchive(source, { sha256: sha256Hex });
    if (!result.ok) return reply({ type: 'read', result });
    return reply({ type: 'read', result: { ok: true, preview: previewBackup(hold(result.value)), kind: 'archive' } });
  }
  // Anything else is read as a workspace file of the earlier format (one JSON document), which stays importable.
  const parsed = parseWorkspaceFile(await file.text());
  if (!parsed.ok) return reply({ type: 'read', result: parsed });
  let contents: BackupContents;
  try {
    contents = hold(contentsOfWorkspaceFile(parsed.value));
  } catch (error) {
    return reply({ type: 'read', result: { ok: false, error: error instanceof Error ? error.message : String(error) } });
  }
  reply({ type: 'read', result: { ok: true, preview: previewBackup(contents), kind: 'workspace-json' } });
}

async function restore(dbName: string): Promise<void> {
  const contents = held;
  if (!contents) throw new Error('There is no backup read to restore; choose the file again.');
  // The restore is one transaction that replaces everything, so a crash part-way leaves the old workspace either way:
  // the disk flush Chromium's default durability waits for at commit buys nothing here.
  const db = new FootnoteDatabase(dbName, { chromeTransactionDurability: 'relaxed' });
  try {
    const prepared = (await derived) ?? undefined;
    const marks = performance.getEntriesByType('measure').length;
    await withRestoreLock(
      dbName,
      () => reply({ type: 'waiting-for-imports' }),
      () => restoreBackup(db, contents, prepared, (written, total) => reply({ type: 'restoring', written, total })),
    );
    held = null;
    derived = null;
    const steps = performance.getEntriesByType('measure').slice(marks).filter((m) => m.name.startsWith('restore')).map((m) => ({ name: m.name, ms: m.duration }));
    reply({ type: 'restored', steps });
  } finally {
    db.close();
  }
}
