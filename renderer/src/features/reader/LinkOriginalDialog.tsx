import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { linkSummaryToOriginal, type LinkOutcome } from '../../db/link-original';
import { listSources } from '../../db/queries';
import { useServices } from '../../app/services';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useDialogSubmit } from '../../ui/use-dialog-submit';

/** What linking did, in one sentence: how many citations resolved and which markers point nowhere. */
export function describeLinkOutcome(outcome: LinkOutcome): string {
  const resolved = `${outcome.resolved.length} citations resolved`;
  if (outcome.unresolved.length === 0) return `${resolved}; every marker found its place.`;
  const markers = [...new Set(outcome.unresolved.map((u) => u.marker))].join(', ');
  return `${resolved}; ${outcome.unresolved.length} markers point nowhere: ${markers}.`;
}

/** Chooses the original a summary summarises among the workspace's sources and resolves the summary's markers against it. */
export function LinkOriginalDialog({ open, onClose, summaryId, onLinked }: { open: boolean; onClose: () => void; summaryId: string; onLinked: (outcome: LinkOutcome) => void }) {
  const { db } = useServices();
  const titleId = useId();
  const selectId = useId();
  const sources = useLiveQuery(() => listSources(db), [db]);
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
        <p className="small muted">Marker [n] of this summary will point at paragraph n of the original, or entry n of its reference list. Markers that point nowhere stay unresolved and are listed.</p>
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
