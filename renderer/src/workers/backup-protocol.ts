import type { BackupManifest } from '../../../shared/backup/backup-format';
import type { BackupPreview } from '../../../shared/backup/backup-preview';

/**
 * Work for the backup worker: write the workspace's archive; or read and check a backup file, then (after the user
 * confirms the preview) restore it. The backup read stays in the worker until it is restored or discarded.
 */
export type BackupWorkerRequest = { type: 'write'; dbName: string; workspace: string } | { type: 'read'; file: Blob } | { type: 'restore'; dbName: string };

/** What the worker sends back: archive bytes as they are made, then the outcome. */
export type BackupWorkerResponse =
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'written'; manifest: BackupManifest }
  | { type: 'read'; result: { ok: true; preview: BackupPreview; kind: 'archive' | 'workspace-json' } | { ok: false; error: string } }
  | { type: 'waiting-for-imports' }
  /** Rows the restore has written, of all it will write. */
  | { type: 'restoring'; written: number; total: number }
  /** `steps`: how long each part of the restore took (ms), for the page's performance timeline. */
  | { type: 'restored'; steps: { name: string; ms: number }[] }
  | { type: 'failed'; error: string; quota: boolean };
