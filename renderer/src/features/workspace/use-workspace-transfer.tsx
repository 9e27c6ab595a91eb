import { useCallback, useId, useState, type ReactNode } from 'react';
import { exportWorkspace, parseWorkspaceFile, restoreWorkspace, summarizeWorkspace, type WorkspaceSummary } from '../../db/workspace-file';
import type { WorkspaceFile } from '../../../../shared/model';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { Modal } from '../../ui/Modal';
import type { PickedFile } from '../../platform/platform';
import { countNoun } from '../../../../shared/wording/count-noun';

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
  const [pending, setPending] = useState<{ file: WorkspaceFile; summary: WorkspaceSummary; name: string } | null>(null);
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
      const parsed = parseWorkspaceFile(new TextDecoder().decode(file.bytes));
      if (!parsed.ok) {
        notify('error', `“${file.name}” was not imported. ${parsed.error} Your current workspace is unchanged.`);
        return;
      }
      setPending({ file: parsed.value, summary: summarizeWorkspace(parsed.value), name: file.name });
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
      await restoreWorkspace(db, pending.file);
      notify('success', `Workspace restored from “${pending.name}”: ${countNoun(pending.summary.sources, 'source')}, ${countNoun(pending.summary.claims, 'claim')}.`);
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
            “{pending.name}” holds workspace “{pending.summary.workspace}”, exported {new Date(pending.summary.exportedAt).toLocaleString()}: {countNoun(pending.summary.sources, 'source')},{' '}
            {countNoun(pending.summary.claims, 'claim')}, {countNoun(pending.summary.citations, 'citation')} and {countNoun(pending.summary.briefings, 'briefing')}.
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
