import { useLiveQuery } from 'dexie-react-hooks';
import { Download, Upload } from 'lucide-react';
import { useServices } from '../../app/services';
import { readPickedFiles } from '../../platform/web';
import { workspaceFileName, type WorkspaceTransfer } from './use-workspace-transfer';
import { exportAnnotationsJsonLd, importAnnotationsJsonLd } from '../../db/annotation-interchange';
import { useNotify } from '../../ui/notices';
import type { PickedFile } from '../../platform/platform';
import { countNoun } from '../../../../shared/wording/count-noun';

/** The workspace as a whole: what it holds, and moving it to and from one file. */
export function WorkspaceView({ transfer }: { transfer: WorkspaceTransfer }) {
  const { db, workspace } = useServices();
  const counts = useLiveQuery(
    async () => ({
      sources: await db.sources.count(),
      claims: await db.claims.count(),
      citations: await db.citations.count(),
      briefings: await db.briefings.count(),
      history: await db.history.count(),
    }),
    [db],
  );
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
          <h2 id="ws-transfer">Back up or move</h2>
          <p className="small muted">
            “Export workspace” saves <code>{workspaceFileName(workspace)}</code>: every source with its original file, every claim, citation and briefing. “Import workspace” restores such a file after you confirm; a file that is not a valid workspace is refused and nothing changes.
          </p>
          <div className="workspace-actions">
            <button type="button" className="button primary" onClick={() => void transfer.exportToFile()}>
              <Download size={16} aria-hidden /> Export workspace
            </button>
            <label className="button">
              <Upload size={16} aria-hidden /> Import workspace
              <input
                type="file"
                className="visually-hidden"
                accept=".json,application/json"
                onChange={(event) => {
                  const files = event.currentTarget.files;
                  if (files) void readPickedFiles(files).then(([file]) => file && transfer.restoreFromFile(file));
                  event.currentTarget.value = '';
                }}
              />
            </label>
          </div>
        </section>
        <AnnotationTransfer />
      </div>
    </>
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
