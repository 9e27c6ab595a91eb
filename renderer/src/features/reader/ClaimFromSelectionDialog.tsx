import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { StanceSchema, type Stance } from '../../../../shared/model';
import { citePassageForClaim, createClaimFromPassage } from '../../db/claims';
import { searchClaims } from '../../db/claim-table-query';
import { VirtualList } from '../../ui/VirtualList';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';

export type ClaimDialogMode = 'new-claim' | 'cite';

// The picker lists this many matches at most; the search narrows a larger workspace.
const MAX_SHOWN = 200;

/** Turns a selected passage into a new claim, or cites it for an existing claim with a stance. */
export function ClaimFromSelectionDialog({ sourceId, mode, range, quote, onClose }: { sourceId: string; mode: ClaimDialogMode; range: { start: number; end: number }; quote: string; onClose: () => void }) {
  const { db } = useServices();
  const notify = useNotify();
  const titleId = useId();
  const [query, setQuery] = useState('');
  // Only as many claims as the list shows are read: a workspace of 100,000 is searched, not loaded.
  const claims = useLiveQuery(() => (mode === 'cite' ? searchClaims(db, query, MAX_SHOWN) : []), [db, mode, query]);
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
          <fieldset className="cite-claim-picker">
            <legend>Claim this passage is evidence for</legend>
            <label className="field">
              Search claims
              <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
            </label>
            {claims && claims.length === 0 ? (
              <p className="small muted">No claims match.</p>
            ) : (
              <VirtualList
                className="claim-picker"
                label="Claims"
                count={claims?.length ?? 0}
                estimateSize={44}
                maxHeight={320}
                itemKey={(i) => claims?.[i]?.claim.id ?? String(i)}
                renderItem={(i) => {
                  const c = claims?.[i]?.claim;
                  return c ? (
                    <label className="check">
                      <input type="radio" name="cite-claim" value={c.id} checked={claimId === c.id} onChange={() => setClaimId(c.id)} /> {c.text}
                    </label>
                  ) : null;
                }}
              />
            )}
          </fieldset>
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
