import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useServices } from '../../app/services';
import { searchClaims } from '../../db/claim-table-query';
import { VirtualList } from '../../ui/VirtualList';
import { addClaimItems } from '../../db/briefings';
import { countNoun } from '../../../../shared/wording/count-noun';

// A picker lists this many matches at most; the search narrows a larger workspace.
const MAX_SHOWN = 200;

/** Chooses claims (searchable by text) to add to the end of a briefing; claims already in it are not offered. */
export function ClaimPickerDialog({ open, onClose, briefingId, present }: { open: boolean; onClose: () => void; briefingId: string; present: ReadonlySet<string> }) {
  const { db } = useServices();
  const titleId = useId();
  const [query, setQuery] = useState('');
  // Read only while open, and only as many claims as the list shows: a workspace of 100,000 is searched, not loaded.
  const matches = useLiveQuery(() => (open ? searchClaims(db, query, MAX_SHOWN, present) : undefined), [db, open, query, present]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState('');
  // Chosen claims keep the order they were shown in, which is reading order for an empty search.
  const [order, setOrder] = useState<readonly string[]>([]);
  const close = () => {
    setChosen(new Set());
    setOrder([]);
    setQuery('');
    setError('');
    onClose();
  };
  const toggle = (id: string, on: boolean) => {
    setChosen((c) => (on ? new Set([...c, id]) : new Set([...c].filter((x) => x !== id))));
    setOrder((o) => (on ? [...o.filter((x) => x !== id), id] : o.filter((x) => x !== id)));
  };
  const shown = matches ?? [];
  return (
    <Modal open={open} onClose={close} labelledBy={titleId}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Added in the order they were chosen.
          const ids = order.filter((id) => chosen.has(id));
          void addClaimItems(db, briefingId, null, ids)
            .then(close)
            .catch((err: Error) => setError(err.message));
        }}
      >
        <h2 id={titleId}>Add claims</h2>
        <label className="field">
          Search claims
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        {matches && shown.length === 0 ? (
          <p className="small muted">No claims match.</p>
        ) : (
          <VirtualList
            className="claim-picker"
            label="Claims to add"
            count={shown.length}
            estimateSize={44}
            maxHeight={360}
            itemKey={(i) => shown[i]?.claim.id ?? String(i)}
            renderItem={(i) => {
              const r = shown[i];
              return r ? (
                <label className="check">
                  <input type="checkbox" checked={chosen.has(r.claim.id)} onChange={(e) => toggle(r.claim.id, e.target.checked)} /> {r.claim.text}
                </label>
              ) : null;
            }}
          />
        )}
        <DialogFooter error={error} submitLabel={`Add ${countNoun(chosen.size, 'claim')}`} submitDisabled={chosen.size === 0} onCancel={close} />
      </form>
    </Modal>
  );
}
