import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Archive, Download, RotateCcw, Upload } from 'lucide-react';
import { useServices } from '../../app/services';
import { readPickedFiles } from '../../platform/web';
import type { TransferActivity, WorkspaceTransfer } from './use-workspace-transfer';
import { StorageStatus } from './StorageStatus';
import { exportAnnotationsJsonLd, importAnnotationsJsonLd } from '../../db/annotation-interchange';
import { useNotify } from '../../ui/notices';
import { countNoun } from '../../../../shared/wording/count-noun';
import { formatSize } from '../../../../shared/backup/backup-preview';
import type { PickedFile, StoredBackup } from '../../platform/platform';

const ACTIVITY_TEXT: Record<Exclude<TransferActivity, null>, string> = {
  'backing-up': 'Backing up…',
  reading: 'Reading and checking the backup…',
  'waiting-for-imports': 'Waiting for imports in other tabs or windows to finish…',
  restoring: 'Restoring…',
};

/** How far a restore has come, in rows written; the old workspace stays whole until the last one is. */
function RestoreProgressBar({ written, total }: { written: number; total: number }) {
  return (
    <>
      {' '}
      <progress max={Math.max(total, 1)} value={written} aria-label="Restore progress" /> {written.toLocaleString('en')} of {countNoun(total, 'row')} written; the current workspace stays as it is until the last one is.
    </>
  );
}

/** The workspace as a whole: what it holds, its backups, and the storage it uses. */
export function WorkspaceView({ transfer }: { transfer: WorkspaceTransfer }) {
  const { db, workspace, platform } = useServices();
  // Counted together: IndexedDB counts by walking the store, so one after another the view waited for all five walks
  // in turn (about 250 ms at 100,000 claims on a 2-core machine).
  const counts = useLiveQuery(async () => {
    const [sources, claims, citations, briefings, history] = await Promise.all([db.sources.count(), db.claims.count(), db.citations.count(), db.briefings.count(), db.history.count()]);
    return { sources, claims, citations, briefings, history };
  }, [db]);
  const busy = transfer.activity !== null;
  return (
    <>
      <header className="toolbar">
        <h1>Workspace</h1>
      </header>
      <div className="pane workspace-pane">
        <section className="workspace-card" aria-labelledby="ws-contents">
          <h2 id="ws-contents">“{workspace}” holds</h2>
          {counts && (
            <p>
              {countNoun(counts.sources, 'source')}, {countNoun(counts.claims, 'claim')}, {countNoun(counts.citations, 'citation')}, {countNoun(counts.briefings, 'briefing')}; {countNoun(counts.history, 'recorded change')}.
            </p>
          )}
          <p className="small muted">Everything is stored on this computer only (IndexedDB). Nothing is sent anywhere.</p>
        </section>
        <section className="workspace-card" aria-labelledby="ws-transfer">
          <h2 id="ws-transfer">Backups</h2>
          <p className="small muted">
            {platform.keepsBackups
              ? 'A backup is written every 15 minutes while you work and when you quit; the last 20 are kept in the app’s data folder. '
              : 'Backups download as one archive (.footnote-backup.zip) with every source and its original file, every claim, citation, annotation and briefing. After 15 minutes of changes without a backup you are reminded. '}
            A restore shows what the backup holds and replaces the workspace only after you confirm; a file that is not a valid backup is refused and nothing changes. Workspace files of the earlier format (.footnote.json) restore too.
          </p>
          <p data-testid="last-backup">{transfer.lastBackupAt ? `Last backup: ${new Date(transfer.lastBackupAt).toLocaleString()}.` : 'Not backed up from here yet.'}</p>
          <div className="workspace-actions">
            <button type="button" className="button primary" disabled={busy} onClick={() => void transfer.backUpNow('manual')}>
              <Download size={16} aria-hidden /> Back up now
            </button>
            <label className={`button${busy ? ' disabled' : ''}`}>
              <Upload size={16} aria-hidden /> Restore from a file…
              <input
                type="file"
                className="visually-hidden"
                disabled={busy}
                accept=".zip,.json,application/zip,application/json"
                onChange={(event) => {
                  // The File goes to the worker as it is: a large backup is never read into this thread.
                  const file = event.currentTarget.files?.[0];
                  if (file) transfer.restoreFromFile(file, file.name);
                  event.currentTarget.value = '';
                }}
              />
            </label>
          </div>
          {transfer.activity && (
            <p role="status" className="small transfer-status">
              {ACTIVITY_TEXT[transfer.activity]}
              {transfer.activity === 'restoring' && transfer.restoreProgress && <RestoreProgressBar {...transfer.restoreProgress} />}
            </p>
          )}
          {platform.keepsBackups && <KeptBackups transfer={transfer} />}
        </section>
        <StorageStatus />
        <AnnotationTransfer />
      </div>
    </>
  );
}

function KeptBackups({ transfer }: { transfer: WorkspaceTransfer }) {
  const { platform } = useServices();
  const [kept, setKept] = useState<StoredBackup[] | null>(null);
  useEffect(() => {
    let live = true;
    void platform.listBackups().then((list) => live && setKept(list));
    return () => {
      live = false;
    };
  }, [platform, transfer.lastBackupAt]);
  if (!kept || kept.length === 0) return null;
  return (
    <ul className="kept-backups" aria-label="Kept backups">
      {kept.map((b) => (
        <li key={b.name}>
          <Archive size={14} aria-hidden /> {new Date(b.createdAt).toLocaleString()} · {b.reason === 'auto' ? 'automatic' : b.reason === 'quit' ? 'on quit' : 'by hand'} · {formatSize(b.size)}{' '}
          <button type="button" className="button ghost" disabled={transfer.activity !== null} onClick={() => transfer.restoreKept(b.name)}>
            <RotateCcw size={14} aria-hidden /> Restore…
          </button>
        </li>
      ))}
    </ul>
  );
}

function AnnotationTransfer() {
  const { db, platform } = useServices();
  const notify = useNotify();
  const exportAll = async () => {
    try {
      const json = await exportAnnotationsJsonLd(db);
      const outcome = await platform.saveFile({ suggestedName: 'annotations.jsonld', data: json, mime: 'application/ld+json', filters: [{ name: 'Web Annotation JSON-LD', extensions: ['jsonld', 'json'] }] });
      if (outcome.saved) notify('success', `Annotations exported to ${outcome.location}.`);
    } catch (e) {
      notify('error', `The annotations could not be exported: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const importFile = async (file: PickedFile) => {
    try {
      const report = await importAnnotationsJsonLd(db, new TextDecoder().decode(file.bytes));
      const skipped = report.skipped.map((s) => `  #${s.index + 1}: ${s.reason}`).join('\n');
      notify(report.imported > 0 ? 'success' : 'error', `${countNoun(report.imported, 'annotation')} imported from “${file.name}”, ${report.skipped.length} skipped.${skipped ? `\n${skipped}` : ''}`);
    } catch (e) {
      notify('error', `“${file.name}” was not imported: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section className="workspace-card" aria-labelledby="ws-annotations">
      <h2 id="ws-annotations">Annotations for other tools</h2>
      <p className="small muted">Highlights and notes as W3C Web Annotation JSON-LD (an AnnotationCollection with quote and position selectors). An import anchors each annotation in the source it names and reports what it skipped, and why.</p>
      <div className="workspace-actions">
        <button type="button" className="button" onClick={() => void exportAll()}>
          <Download size={16} aria-hidden /> Export annotations
        </button>
        <label className="button">
          <Upload size={16} aria-hidden /> Import annotations
          <input
            type="file"
            className="visually-hidden"
            onChange={(event) => {
              const files = event.currentTarget.files;
              if (files) void readPickedFiles(files).then(([file]) => file && importFile(file));
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
    </section>
  );
}
