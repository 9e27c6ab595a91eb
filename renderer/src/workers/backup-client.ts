import type { BackupContents, BackupManifest } from '../../../shared/backup/backup-format';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backup-protocol';

/** A backup file read and checked in the worker, or why it was refused. */
export type BackupReadOutcome = { ok: true; value: BackupContents; kind: 'archive' | 'workspace-json' } | { ok: false; error: string };

function startBackupWorker(): Worker {
  return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });
}

/**
 * Runs one backup job in a fresh worker and ends it after: a backup holds a workspace's worth of memory, which is
 * given back the moment the job is done.
 */
function runJob<T>(request: BackupWorkerRequest, onMessage: (message: BackupWorkerResponse, done: (value: T) => void, fail: (error: Error) => void) => void): Promise<T> {
  const worker = startBackupWorker();
  return new Promise<T>((resolve, reject) => {
    const done = (value: T) => {
      worker.terminate();
      resolve(value);
    };
    const fail = (error: Error) => {
      worker.terminate();
      reject(error);
    };
    worker.onmessage = (event: MessageEvent<BackupWorkerResponse>) => {
      try {
        if (event.data.type === 'failed') fail(Object.assign(new Error(event.data.error), { name: event.data.error.startsWith('QuotaExceededError') ? 'QuotaExceededError' : 'Error' }));
        else onMessage(event.data, done, fail);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => fail(new Error(event.message || 'The backup worker stopped unexpectedly.'));
    worker.postMessage(request);
  });
}

/** Writes the workspace's backup archive in the worker, handing each slice of bytes to `onChunk` in order. */
export function writeBackupInWorker(dbName: string, workspace: string, onChunk: (bytes: Uint8Array) => void): Promise<BackupManifest> {
  return runJob<BackupManifest>({ type: 'write', dbName, workspace }, (message, done) => {
    if (message.type === 'chunk') onChunk(message.bytes);
    else if (message.type === 'written') done(message.manifest);
  });
}

/** Reads and checks a backup archive (or a workspace file of the earlier JSON format) in the worker. */
export function readBackupInWorker(file: Blob): Promise<BackupReadOutcome> {
  return runJob<BackupReadOutcome>({ type: 'read', file }, (message, done) => {
    if (message.type === 'read') done(message.result);
  });
}
