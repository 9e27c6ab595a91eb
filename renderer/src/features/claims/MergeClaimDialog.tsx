import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Claim } from '../../../../shared/model';
import { searchClaims } from '../../db/claim-table-query';
import { mergeClaims } from '../../db/split-merge-claims';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { countNoun } from '../../../../shared/wording/count-noun';

// The menu offers this many claims at most; typing narrows a larger workspace.
const SHOWN = 200;

/** Merges a duplicate into this claim: its citations, tags and note are combined here and the duplicate removed. */
export function MergeClaimDialog({ open, onClose, claim }: { open: boolean; onClose: () => void; claim: Claim }) {
  const { db } = useServices();
  const notify = useNotify();
  const titleId = useId();
  const selectId = useId();
  const [words, setWords] = useState('');
  // Read only while the dialog is open, and only as many claims as the menu shows.
  const others = useLiveQuery(() => (open ? searchClaims(db, words, SHOWN, new Set([claim.id])) : []), [db, open, words, claim.id]) ?? [];
  const [duplicate, setDuplicate] = useState('');
  const [error, setError] = useState('');
  const submit = async () => {
    setError('');
    try {
      const before = others.find((r) => r.claim.id === duplicate)?.citationCount ?? 0;
      await mergeClaims(db, claim.id, [duplicate]);
      notify('success', `Merged: the duplicate's ${countNoun(before, 'citation')} are now with this claim, and the duplicate is removed.`);
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
        <label className="field">
          Find claims containing
          <input type="search" value={words} onChange={(e) => setWords(e.target.value)} />
        </label>
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
