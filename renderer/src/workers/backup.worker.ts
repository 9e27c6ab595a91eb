/// <reference lib="webworker" />
import { readBackupArchive } from '../../../shared/backup/read-backup-archive';
import type { ByteSource } from '../../../shared/backup/backup-zip-directory';
import type { BackupContents } from '../../../shared/backup/backup-format';
import { previewBackup } from '../../../shared/backup/backup-preview';
import { isQuotaError } from '../../../shared/backup/describe-storage-failure';
import { FootnoteDatabase } from '../db/database';
import { writeBackupArchive } from '../db/backup-archive';
import { contentsOfWorkspaceFile, parseWorkspaceFile, restoreBackup } from '../db/workspace-file';
import { withRestoreLock } from '../db/workspace-lock';
import { sha256Hex } from '../db/identity';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backup-protocol';

// Backups are written, read, checked and restored here, so compressing, hashing, checking every row and writing the
// restore never block the window, and the page never holds a backup: it sees slices of archive bytes on the way out
// and a preview of the counts on the way in. Pages follow the restore through Dexie's cross-context change events.
const scope = self as unknown as DedicatedWorkerGlobalScope;
// Archive bytes are posted in slices of at least this size: fflate hands out many small chunks.
const POST_SLICE_BYTES = 4 * 1024 * 1024;

/** The backup last read, kept for the restore the user may confirm. */
let held: BackupContents | null = null;

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
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const source: ByteSource = { size: file.size, read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) };
    const result = await readBackupArchive(source, { sha256: sha256Hex });
    if (!result.ok) return reply({ type: 'read', result });
    held = result.value;
    return reply({ type: 'read', result: { ok: true, preview: previewBackup(held), kind: 'archive' } });
  }
  // Anything else is read as a workspace file of the earlier format (one JSON document), which stays importable.
  const parsed = parseWorkspaceFile(await file.text());
  if (!parsed.ok) return reply({ type: 'read', result: parsed });
  try {
    held = contentsOfWorkspaceFile(parsed.value);
  } catch (error) {
    return reply({ type: 'read', result: { ok: false, error: error instanceof Error ? error.message : String(error) } });
  }
  reply({ type: 'read', result: { ok: true, preview: previewBackup(held), kind: 'workspace-json' } });
}

async function restore(dbName: string): Promise<void> {
  const contents = held;
  if (!contents) throw new Error('There is no backup read to restore; choose the file again.');
  const db = new FootnoteDatabase(dbName);
  try {
    await withRestoreLock(dbName, () => reply({ type: 'waiting-for-imports' }), () => restoreBackup(db, contents));
    held = null;
    reply({ type: 'restored' });
  } finally {
    db.close();
  }
}
