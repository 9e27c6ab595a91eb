import type { BackupManifest } from '../../../shared/backup/backup-format';
import type { BackupPreview } from '../../../shared/backup/backup-preview';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backup-protocol';

/** A backup read and checked in the worker, waiting for the user's word: restore it, or let it go. */
export interface OpenedBackup {
  preview: BackupPreview;
  kind: 'archive' | 'workspace-json';
  /** Replaces the workspace with the backup, in the worker, in one transaction; `onWait` runs when imports in other tabs hold it up, `onProgress` as rows are written. */
  restore(onWait: () => void, onProgress?: (written: number, total: number) => void): Promise<void>;
  /** Frees the worker and the backup it holds. */
  discard(): void;
}

/** A backup ready to restore, or why it was refused. */
export type BackupOpenOutcome = { ok: true; backup: OpenedBackup } | { ok: false; error: string };

function startBackupWorker(): Worker {
  return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });
}

/** A failure the worker reported, keeping whether the storage was full so the message can say what to do. */
function workerError(message: Extract<BackupWorkerResponse, { type: 'failed' }>): Error {
  const error = new Error(message.error);
  if (message.quota) error.name = 'QuotaExceededError';
  return error;
}

/** Sends one request and listens until `onMessage` settles; the worker stays alive unless `end` is set. */
function exchange<T>(worker: Worker, request: BackupWorkerRequest, onMessage: (message: BackupWorkerResponse, done: (value: T) => void) => void, end: boolean): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const settle = (finish: () => void) => {
      worker.onmessage = null;
      worker.onerror = null;
      if (end) worker.terminate();
      finish();
    };
    worker.onmessage = (event: MessageEvent<BackupWorkerResponse>) => {
      try {
        if (event.data.type === 'failed') {
          const error = workerError(event.data);
          settle(() => reject(error));
        } else onMessage(event.data, (value) => settle(() => resolve(value)));
      } catch (error) {
        settle(() => reject(error instanceof Error ? error : new Error(String(error))));
      }
    };
    worker.onerror = (event) => settle(() => reject(new Error(event.message || 'The backup worker stopped unexpectedly.')));
    worker.postMessage(request);
  });
}

/**
 * Writes the workspace's backup archive in a fresh worker, handing each slice of bytes to `onChunk` in order; the
 * worker ends with the job, giving its memory back.
 */
export function writeBackupInWorker(dbName: string, workspace: string, onChunk: (bytes: Uint8Array) => void): Promise<BackupManifest> {
  return exchange<BackupManifest>(
    startBackupWorker(),
    { type: 'write', dbName, workspace },
    (message, done) => {
      if (message.type === 'chunk') onChunk(message.bytes);
      else if (message.type === 'written') done(message.manifest);
    },
    true,
  );
}

/** Reads and checks a backup archive (or a workspace file of the earlier JSON format) in a worker that keeps it for the restore. */
export async function openBackupInWorker(file: Blob, dbName: string): Promise<BackupOpenOutcome> {
  const worker = startBackupWorker();
  let read: Extract<BackupWorkerResponse, { type: 'read' }>['result'];
  try {
    read = await exchange(worker, { type: 'read', file }, (message, done) => message.type === 'read' && done(message.result), false);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  if (!read.ok) {
    worker.terminate();
    return read;
  }
  return {
    ok: true,
    backup: {
      preview: read.preview,
      kind: read.kind,
      restore: (onWait, onProgress) =>
        exchange<void>(
          worker,
          { type: 'restore', dbName },
          (message, done) => {
            if (message.type === 'waiting-for-imports') onWait();
            else if (message.type === 'restoring') onProgress?.(message.written, message.total);
            else if (message.type === 'restored') {
              // The worker's timings are not on the page's timeline: they are put there, ending now.
              const end = performance.now();
              for (const step of message.steps) performance.measure(step.name, { start: end - step.ms, end });
              done();
            }
          },
          true,
        ),
      discard: () => worker.terminate(),
    },
  };
}
