import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { openBackupInWorker, writeBackupInWorker, type OpenedBackup } from '../../workers/backup-client';
import { describeBackupCounts, formatSize } from '../../../../shared/backup/backup-preview';
import { backupFileName, type BackupReason } from '../../../../shared/backup/backup-rotation';
import { describeBackupFailure, describeRestoreFailure } from '../../../../shared/backup/describe-storage-failure';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { Modal } from '../../ui/Modal';
import { useAutoBackup } from './use-auto-backup';
import { useQuotaWatcher } from './use-quota-watcher';

export const WORKSPACE_FILTERS = [{ name: 'Footnote backup or workspace', extensions: ['zip', 'json'] }];

/** What the workspace is busy with, shown in the Workspace view; null when idle. */
export type TransferActivity = 'backing-up' | 'reading' | 'waiting-for-imports' | 'restoring' | null;

export interface WorkspaceTransfer {
  /** Writes a backup archive: a download in the browser, a kept and rotated file in Electron. */
  backUpNow(reason?: BackupReason): Promise<void>;
  /** The menu's "Back up now" (Ctrl+Shift+S in the browser). */
  exportToFile(): Promise<void>;
  chooseAndRestore(): Promise<void>;
  /** Reads and checks a backup (or a workspace file of the earlier JSON format), then asks before replacing anything. */
  restoreFromFile(file: Blob, name: string): void;
  /** Restores one of the backups the app keeps (Electron). */
  restoreKept(name: string): void;
  activity: TransferActivity;
  /** Rows a running restore has written, of all it will write; null when none is running or before it writes. */
  restoreProgress: { written: number; total: number } | null;
  /** When this workspace was last backed up from this browser or app, in ms; null when never. */
  lastBackupAt: number | null;
  confirmDialog: ReactNode;
}

function lastBackupKey(workspace: string): string {
  return `footnote-${workspace}-last-backup-at`;
}

/** Reads the time of the last backup kept in this profile's local storage. */
export function readLastBackupAt(workspace: string): number | null {
  const stored = Number(globalThis.localStorage?.getItem(lastBackupKey(workspace)) ?? NaN);
  return Number.isFinite(stored) && stored > 0 ? stored : null;
}

/** Backup and restore of the whole workspace; a restore is checked first and replaces the data only after the user confirms. */
export function useWorkspaceTransfer(): WorkspaceTransfer {
  const { db, platform, workspace } = useServices();
  const notify = useNotify();
  const [pending, setPending] = useState<{ backup: OpenedBackup; name: string } | null>(null);
  const [activity, setActivity] = useState<TransferActivity>(null);
  const [restoreProgress, setRestoreProgress] = useState<{ written: number; total: number } | null>(null);
  const [lastBackupAt, setLastBackupAt] = useState<number | null>(() => readLastBackupAt(workspace));
  const titleId = useId();
  const running = useRef(false);

  const backUpNow = useCallback(
    async (reason: BackupReason = 'manual') => {
      if (running.current) return;
      running.current = true;
      setActivity('backing-up');
      const started = performance.now();
      let sink: Awaited<ReturnType<typeof platform.openBackupSink>> | null = null;
      try {
        const fileName = backupFileName(workspace, new Date(), reason);
        const opened = await platform.openBackupSink(fileName);
        sink = opened;
        // Slices go to the sink in order; the worker keeps producing while earlier ones are written.
        let written = Promise.resolve();
        let bytes = 0;
        const manifest = await writeBackupInWorker(db.name, workspace, (chunk) => {
          bytes += chunk.length;
          written = written.then(() => opened.write(chunk));
        });
        await written;
        const outcome = await opened.close();
        sink = null;
        const now = Date.now();
        globalThis.localStorage?.setItem(lastBackupKey(workspace), String(now));
        setLastBackupAt(now);
        performance.measure('backup: write', { start: started, end: performance.now() });
        if (outcome.saved && reason !== 'quit') {
          const counts = { sources: manifest.counts['sources'] ?? 0, claims: manifest.counts['claims'] ?? 0, citations: manifest.counts['citations'] ?? 0, annotations: manifest.counts['annotations'] ?? 0, briefings: manifest.counts['briefings'] ?? 0, originals: manifest.originals.count, originalBytes: manifest.originals.bytes };
          notify('success', `${reason === 'auto' ? 'Automatic backup' : 'Backup'} saved to ${outcome.location} (${formatSize(bytes)}): ${describeBackupCounts(counts)}.`);
        }
      } catch (e) {
        await sink?.abort().catch(() => undefined);
        notify('error', describeBackupFailure(e));
      } finally {
        running.current = false;
        setActivity(null);
      }
    },
    [db, platform, workspace, notify],
  );

  const restoreFromFile = useCallback(
    (file: Blob, name: string) => {
      setActivity('reading');
      void openBackupInWorker(file, db.name)
        .then((read) => {
          if (!read.ok) notify('error', `“${name}” was not restored. ${read.error} Your current workspace is unchanged.`);
          else setPending({ backup: read.backup, name });
        })
        .catch((e: unknown) => notify('error', `“${name}” could not be read: ${e instanceof Error ? e.message : String(e)} Your current workspace is unchanged.`))
        .finally(() => setActivity(null));
    },
    [db, notify],
  );

  const restoreKept = useCallback(
    (name: string) => {
      void platform
        .readBackup(name)
        .then((blob) => restoreFromFile(blob, name))
        .catch((e: unknown) => notify('error', `“${name}” could not be read: ${e instanceof Error ? e.message : String(e)}`));
    },
    [platform, restoreFromFile, notify],
  );

  const chooseAndRestore = useCallback(async () => {
    const [file] = await platform.openFiles({ filters: WORKSPACE_FILTERS, multiple: false });
    if (file) restoreFromFile(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
  }, [platform, restoreFromFile]);

  const confirm = useCallback(async () => {
    if (!pending) return;
    const { backup, name } = pending;
    const preview = backup.preview;
    setPending(null);
    setActivity('restoring');
    try {
      await backup.restore(
        () => {
          setActivity('waiting-for-imports');
          notify('info', 'Waiting for imports running in other tabs or windows to finish; the restore starts as soon as they have.');
        },
        (written, total) => {
          setActivity('restoring');
          setRestoreProgress({ written, total });
        },
      );
      const restored = {
        sources: await db.sources.count(),
        claims: await db.claims.count(),
        citations: await db.citations.count(),
        annotations: await db.annotations.count(),
        briefings: await db.briefings.count(),
        originals: await db.sourceFiles.count(),
        originalBytes: preview.originalBytes,
      };
      notify('success', `Workspace restored from “${name}”: ${describeBackupCounts(restored)}.`);
    } catch (e) {
      notify('error', describeRestoreFailure(e));
    } finally {
      setActivity(null);
      setRestoreProgress(null);
    }
  }, [db, pending, notify]);

  const cancel = useCallback(() => {
    pending?.backup.discard();
    setPending(null);
  }, [pending]);

  const confirmDialog = (
    <Modal open={pending !== null} onClose={cancel} labelledBy={titleId}>
      {pending && (
        <div className="modal-body">
          <h2 id={titleId}>Replace the current workspace?</h2>
          <p>
            “{pending.name}” holds workspace “{pending.backup.preview.workspace}”, backed up {new Date(pending.backup.preview.createdAt).toLocaleString()}:
          </p>
          <p data-testid="backup-preview">
            <strong>{describeBackupCounts(pending.backup.preview)}</strong>.
          </p>
          <p className="small muted">Everything now in this workspace will be replaced. Back up the workspace first if you want to keep it.</p>
          <div className="actions">
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
            <button type="button" className="button primary" onClick={() => void confirm()}>
              Replace workspace
            </button>
          </div>
        </div>
      )}
    </Modal>
  );

  const exportToFile = useCallback(() => backUpNow('manual'), [backUpNow]);
  useAutoBackup(backUpNow, lastBackupAt);
  useQuotaWatcher();

  return { backUpNow, exportToFile, chooseAndRestore, restoreFromFile, restoreKept, activity, restoreProgress, lastBackupAt, confirmDialog };
}
