import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Claim } from '../../../../shared/model';
import { listClaimRows } from '../../db/queries';
import { mergeClaims } from '../../db/split-merge-claims';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';

/** Merges a duplicate into this claim: its citations, tags and note are combined here and the duplicate removed. */
export function MergeClaimDialog({ open, onClose, claim }: { open: boolean; onClose: () => void; claim: Claim }) {
  const { db } = useServices();
  const notify = useNotify();
  const titleId = useId();
  const selectId = useId();
  const data = useLiveQuery(() => listClaimRows(db), [db]);
  const [duplicate, setDuplicate] = useState('');
  const [error, setError] = useState('');
  const others = (data?.rows ?? []).filter((r) => r.claim.id !== claim.id);
  const submit = async () => {
    setError('');
    try {
      const before = others.find((r) => r.claim.id === duplicate)?.citations.length ?? 0;
      await mergeClaims(db, claim.id, [duplicate]);
      notify('success', `Merged: the duplicate's ${before} citations are now with this claim, and the duplicate is removed.`);
      setDuplicate('');
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>Merge with another claim</h2>
        <p className="small muted">The claim you choose is merged into this one: its citations, tags and note join this claim; nothing is lost.</p>
        <label className="field" htmlFor={selectId}>
          Duplicate claim
        </label>
        <select id={selectId} value={duplicate} onChange={(e) => setDuplicate(e.target.value)} required>
          <option value="">Choose a claim…</option>
          {others.map((r) => (
            <option key={r.claim.id} value={r.claim.id}>
              {r.claim.text.length > 100 ? `${r.claim.text.slice(0, 100)}…` : r.claim.text}
            </option>
          ))}
        </select>
        <DialogFooter error={error} submitLabel="Merge" submitDisabled={duplicate === ''} onCancel={onClose} />
      </form>
    </Modal>
  );
}
