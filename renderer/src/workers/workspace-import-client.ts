import { prepareRestore, type PreparedRestore } from '../db/workspace-file';

/** What the import worker answers: the file read and its derived rows, or why it is refused. */
export type WorkspaceImportAnswer = { ok: true; value: PreparedRestore } | { ok: false; error: string };

/**
 * Reads a workspace file and derives its rows in a worker of its own, ended when it answers; where workers are not
 * available (unit tests), on this thread.
 */
export function prepareRestoreOffThread(bytes: Uint8Array): Promise<WorkspaceImportAnswer> {
  if (typeof Worker === 'undefined') return prepareRestore(new TextDecoder().decode(bytes));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./workspace-import.worker.ts', import.meta.url), { type: 'module', name: 'workspace-import' });
    const done = (answer: WorkspaceImportAnswer) => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent<WorkspaceImportAnswer>) => done(event.data);
    worker.onerror = (event) => done({ ok: false, error: event.message || 'The workspace file could not be read.' });
    // A copy is handed over (not the caller's buffer), so the caller's bytes stay usable.
    const copy = bytes.slice().buffer;
    worker.postMessage(copy, [copy]);
  });
}
