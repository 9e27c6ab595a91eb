import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { formatBytes } from '../../../../shared/ingest/limits';
import { countNoun } from '../../../../shared/wording/count-noun';
import { navigate } from '../../app/route';
import { useServices } from '../../app/services';
import { deleteSource, previewSourceDeletion, type SourceDeletionPreview } from '../../db/source-deletion';
import { undoEntry, undoNotice } from '../../db/undo';
import { DialogFooter } from '../../ui/DialogFooter';
import { Modal } from '../../ui/Modal';
import { useNotify } from '../../ui/notices';
import { useDialogSubmit } from '../../ui/use-dialog-submit';

/** Asks before deleting a source, saying what goes with it and what stays; the notice after it offers Undo. */
export function DeleteSourceDialog({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const { db } = useServices();
  const notify = useNotify();
  const titleId = useId();
  // null once the source is known to be gone; undefined while counting.
  const preview = useLiveQuery(async () => (await previewSourceDeletion(db, sourceId)) ?? null, [db, sourceId]);
  const { busy, error, onSubmit } = useDialogSubmit(async () => {
    const outcome = await deleteSource(db, sourceId);
    onClose();
    navigate({ view: 'library' });
    if (!outcome) return;
    const undo = () => void undoEntry(db, outcome.seq).then((o) => notify(o.status === 'conflict' ? 'error' : 'info', undoNotice(o)));
    notify('info', `Deleted “${outcome.title}”: ${countNoun(outcome.removedCitations, 'citation')} and ${countNoun(outcome.annotations, 'note')} went with it. Ctrl+Z or Undo puts it all back.`, { label: 'Undo', run: undo });
  });
  return (
    <Modal open onClose={onClose} labelledBy={titleId}>
      <form onSubmit={onSubmit}>
        <h2 id={titleId}>Delete source</h2>
        {preview ? <DeletionSummary preview={preview} /> : <p className="muted">{preview === undefined ? 'Counting what cites it…' : 'This source is no longer in the workspace.'}</p>}
        <DialogFooter error={error} submitLabel="Delete source" submitDisabled={busy || !preview} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function DeletionSummary({ preview: p }: { preview: SourceDeletionPreview }) {
  return (
    <div data-testid="delete-source-summary">
      <p>
        Delete “{p.title}”? {p.citingClaims > 0 ? `${countNoun(p.citingClaims, 'claim')} ${p.citingClaims === 1 ? 'cites' : 'cite'} it, ${countNoun(p.briefings, 'briefing')} ${p.briefings === 1 ? 'includes' : 'include'} ${p.citingClaims === 1 ? 'that claim' : 'those claims'}.` : 'No claim cites it.'}
      </p>
      <ul>
        <li>{countNoun(p.citations, 'citation')} in or into it and {countNoun(p.annotations, 'note')} on it are deleted.</li>
        {p.uncitedClaims > 0 && <li>{countNoun(p.uncitedClaims, 'claim')} would be left without a citation: they stay, and say their evidence was deleted.</li>}
        {p.unresolvedCitations > 0 && <li>{countNoun(p.unresolvedCitations, 'marker')} of a summary linked to it stay in the summary, unresolved.</li>}
        {p.otherVersions > 0 && <li>Only this version goes; the {countNoun(p.otherVersions, 'other version')} stay, linked to each other.</li>}
        <li>Its text{p.originalSize > 0 ? ` and original file (${formatBytes(p.originalSize)})` : ''} go to the trash until you empty it (Workspace ▸ Storage); until then Ctrl+Z restores everything.</li>
      </ul>
    </div>
  );
}
