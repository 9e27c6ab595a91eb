import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { StanceSchema, type Stance } from '../../../../shared/model';
import { citePassageForClaim, createClaimFromPassage } from '../../db/claims';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';

export type ClaimDialogMode = 'new-claim' | 'cite';

/** Turns a selected passage into a new claim, or cites it for an existing claim with a stance. */
export function ClaimFromSelectionDialog({ sourceId, mode, range, quote, onClose }: { sourceId: string; mode: ClaimDialogMode; range: { start: number; end: number }; quote: string; onClose: () => void }) {
  const { db } = useServices();
  const notify = useNotify();
  const titleId = useId();
  const claims = useLiveQuery(() => db.claims.orderBy('updatedAt').reverse().toArray(), [db]);
  const [text, setText] = useState(quote.trim());
  const [claimId, setClaimId] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [error, setError] = useState('');
  const passage = { sourceId, ...range };

  const submit = async () => {
    try {
      if (mode === 'new-claim') {
        await createClaimFromPassage(db, passage, text, stance);
        notify('success', 'Claim created; its citation is the selected passage.');
      } else {
        if (!claimId) throw new Error('Choose the claim this passage is evidence for.');
        await citePassageForClaim(db, passage, claimId, stance);
        notify('success', `Passage cited (${stance}).`);
      }
      window.getSelection()?.removeAllRanges();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal open onClose={onClose} labelledBy={titleId}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>{mode === 'new-claim' ? 'New claim from selection' : 'Cite for claim'}</h2>
        <blockquote className="small muted">“{quote.length > 300 ? `${quote.slice(0, 300)}…` : quote}”</blockquote>
        {mode === 'new-claim' ? (
          <label className="field">
            Claim
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} autoFocus />
          </label>
        ) : (
          <label className="field">
            Claim
            <select value={claimId} onChange={(e) => setClaimId(e.target.value)} autoFocus>
              <option value="">Choose a claim…</option>
              {(claims ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text.length > 90 ? `${c.text.slice(0, 90)}…` : c.text}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          Stance of this passage
          <select value={stance} onChange={(e) => setStance(StanceSchema.parse(e.target.value))}>
            <option value="supports">supports</option>
            <option value="contradicts">contradicts</option>
            <option value="context">context</option>
          </select>
        </label>
        <DialogFooter error={error} submitLabel={mode === 'new-claim' ? 'Create claim' : 'Cite'} submitDisabled={false} onCancel={onClose} />
      </form>
    </Modal>
  );
}
