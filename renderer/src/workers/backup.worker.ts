/// <reference lib="webworker" />
import { readBackupArchive } from '../../../shared/backup/read-backup-archive';
import type { ByteSource } from '../../../shared/backup/backup-zip-directory';
import { FootnoteDatabase } from '../db/database';
import { writeBackupArchive } from '../db/backup-archive';
import { contentsOfWorkspaceFile, parseWorkspaceFile } from '../db/workspace-file';
import { sha256Hex } from '../db/identity';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backup-protocol';

// Backups are written and read here so compressing, hashing and checking every row never block the window. The
// worker reads IndexedDB itself; only finished slices of archive bytes travel to the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;
// Archive bytes are posted in slices of at least this size: fflate hands out many small chunks.
const POST_SLICE_BYTES = 4 * 1024 * 1024;

const reply = (message: BackupWorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<BackupWorkerRequest>) => {
  const message = event.data;
  const job = message.type === 'write' ? write(message.dbName, message.workspace) : read(message.file);
  job.catch((error: unknown) => reply({ type: 'failed', error: error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error) }));
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
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const source: ByteSource = { size: file.size, read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()) };
    const result = await readBackupArchive(source, { sha256: sha256Hex });
    if (!result.ok) return reply({ type: 'read', result });
    const transfer = result.value.tables.sourceFiles.map((f) => f.bytes.buffer as ArrayBuffer);
    return reply({ type: 'read', result: { ok: true, value: result.value, kind: 'archive' } }, transfer);
  }
  // Anything else is read as a workspace file of the earlier format (one JSON document), which stays importable.
  const parsed = parseWorkspaceFile(await file.text());
  if (!parsed.ok) return reply({ type: 'read', result: parsed });
  let value;
  try {
    value = contentsOfWorkspaceFile(parsed.value);
  } catch (error) {
    return reply({ type: 'read', result: { ok: false, error: error instanceof Error ? error.message : String(error) } });
  }
  reply({ type: 'read', result: { ok: true, value, kind: 'workspace-json' } }, value.tables.sourceFiles.map((f) => f.bytes.buffer as ArrayBuffer));
}
