import { useCallback, useId, useState, type ReactNode } from 'react';
import { exportWorkspace, restoreWorkspace, summarizeWorkspace, type PreparedRestore, type WorkspaceSummary } from '../../db/workspace-file';
import { prepareRestoreOffThread } from '../../workers/workspace-import-client';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { Modal } from '../../ui/Modal';
import type { PickedFile } from '../../platform/platform';

export const WORKSPACE_FILTERS = [{ name: 'Footnote workspace', extensions: ['json'] }];

/** The suggested file name of a workspace export. */
export function workspaceFileName(workspace: string): string {
  return `${workspace}.footnote.json`;
}

export interface WorkspaceTransfer {
  exportToFile(): Promise<void>;
  chooseAndRestore(): Promise<void>;
  restoreFromFile(file: PickedFile): void;
  confirmDialog: ReactNode;
}

/** Export and import of the whole workspace; an import is checked first and replaces the data only after the user confirms. */
export function useWorkspaceTransfer(): WorkspaceTransfer {
  const { db, platform, workspace } = useServices();
  const notify = useNotify();
  const [pending, setPending] = useState<{ prepared: PreparedRestore; summary: WorkspaceSummary; name: string } | null>(null);
  const titleId = useId();

  const exportToFile = useCallback(async () => {
    try {
      const json = await exportWorkspace(db, workspace);
      const outcome = await platform.saveFile({ suggestedName: workspaceFileName(workspace), data: json, mime: 'application/json', filters: WORKSPACE_FILTERS });
      if (outcome.saved) notify('success', `Workspace exported to ${outcome.location}.`);
    } catch (e) {
      notify('error', `The workspace could not be exported: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [db, platform, workspace, notify]);

  const restoreFromFile = useCallback(
    (file: PickedFile) => {
      // Read and derived in a worker before the user is asked, so neither the check nor the confirmed restore holds the UI thread for it.
      void prepareRestoreOffThread(file.bytes).then((prepared) => {
        if (!prepared.ok) {
          notify('error', `“${file.name}” was not imported. ${prepared.error} Your current workspace is unchanged.`);
          return;
        }
        setPending({ prepared: prepared.value, summary: summarizeWorkspace(prepared.value.file), name: file.name });
      });
    },
    [notify],
  );

  const chooseAndRestore = useCallback(async () => {
    const [file] = await platform.openFiles({ filters: WORKSPACE_FILTERS, multiple: false });
    if (file) restoreFromFile(file);
  }, [platform, restoreFromFile]);

  const confirm = useCallback(async () => {
    if (!pending) return;
    try {
      await restoreWorkspace(db, pending.prepared.file, pending.prepared.derived);
      notify('success', `Workspace restored from “${pending.name}”: ${pending.summary.sources} sources, ${pending.summary.claims} claims.`);
    } catch (e) {
      notify('error', `The workspace could not be restored, and nothing was changed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setPending(null);
    }
  }, [db, pending, notify]);

  const confirmDialog = (
    <Modal open={pending !== null} onClose={() => setPending(null)} labelledBy={titleId}>
      {pending && (
        <div className="modal-body">
          <h2 id={titleId}>Replace the current workspace?</h2>
          <p>
            “{pending.name}” holds workspace “{pending.summary.workspace}”, exported {new Date(pending.summary.exportedAt).toLocaleString()}: {pending.summary.sources} sources,{' '}
            {pending.summary.claims} claims, {pending.summary.citations} citations and {pending.summary.briefings} briefings.
          </p>
          <p className="small muted">Everything now in this workspace will be replaced. Export the workspace first if you want to keep it.</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => setPending(null)}>
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

  return { exportToFile, chooseAndRestore, restoreFromFile, confirmDialog };
}
