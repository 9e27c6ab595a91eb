import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { linkSummaryToOriginal, type LinkOutcome } from '../../db/link-original';
import { describeLinkOutcome, linkProblems } from './link-outcome';
import { listSources } from '../../db/queries';
import { useServices } from '../../app/services';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useDialogSubmit } from '../../ui/use-dialog-submit';

/** What linking did: the counts, then every marker left unresolved with its reason. */
export function LinkOutcomeReport({ outcome }: { outcome: LinkOutcome }) {
  const problems = linkProblems(outcome);
  return (
    <div role="status" className="link-outcome" data-testid="link-outcome">
      <p>{describeLinkOutcome(outcome)}</p>
      {problems.length > 0 && (
        <ul className="small" aria-label="Markers left unresolved">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Chooses the original a summary summarises among the workspace's sources and resolves the summary's markers against it. */
export function LinkOriginalDialog({ open, onClose, summaryId, onLinked }: { open: boolean; onClose: () => void; summaryId: string; onLinked: (outcome: LinkOutcome) => void }) {
  const { db } = useServices();
  const titleId = useId();
  const selectId = useId();
  // The dialog stays mounted while closed (in every source's claims section): the library is read only once it opens.
  const sources = useLiveQuery(() => (open ? listSources(db) : []), [db, open]);
  const [originalId, setOriginalId] = useState('');
  const candidates = (sources ?? []).filter((s) => s.id !== summaryId);
  const { busy, error, onSubmit } = useDialogSubmit(async () => {
    onLinked(await linkSummaryToOriginal(db, summaryId, originalId));
    onClose();
  });
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId}>
      <form onSubmit={onSubmit}>
        <h2 id={titleId}>Link to original</h2>
        <p className="small muted">Marker [n] of this summary will point at paragraph n of the original, or at the entry the original's own [n] marker names (never an entry of another list, such as its [n 1] notes). A marker the original does not show, or that could mean two entries, stays unresolved and is listed with the reason.</p>
        <label className="field" htmlFor={selectId}>
          Original
        </label>
        <select id={selectId} value={originalId} onChange={(e) => setOriginalId(e.target.value)} required>
          <option value="">Choose a source…</option>
          {candidates.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
              {s.publisher ? ` (${s.publisher})` : ''}
            </option>
          ))}
        </select>
        <DialogFooter error={error} submitLabel="Link" submitDisabled={busy || originalId === ''} onCancel={onClose} />
      </form>
    </Modal>
  );
}
