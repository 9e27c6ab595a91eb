import { useLiveQuery } from 'dexie-react-hooks';
import { Download, Upload } from 'lucide-react';
import { useServices } from '../../app/services';
import { readPickedFiles } from '../../platform/web';
import { workspaceFileName, type WorkspaceTransfer } from './use-workspace-transfer';

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
              {counts.sources} sources, {counts.claims} claims, {counts.citations} citations, {counts.briefings} briefings; {counts.history} recorded changes.
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
      </div>
    </>
  );
}
