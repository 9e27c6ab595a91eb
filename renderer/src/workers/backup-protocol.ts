import type { BackupContents, BackupManifest } from '../../../shared/backup/backup-format';

/** Work for the backup worker: write the workspace's archive, or read and check a backup file. */
export type BackupWorkerRequest = { type: 'write'; dbName: string; workspace: string } | { type: 'read'; file: Blob };

/** What the worker sends back: archive bytes as they are made, then the outcome. */
export type BackupWorkerResponse =
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'written'; manifest: BackupManifest }
  | { type: 'read'; result: { ok: true; value: BackupContents; kind: 'archive' | 'workspace-json' } | { ok: false; error: string } }
  | { type: 'failed'; error: string };
