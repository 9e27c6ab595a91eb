import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Modal } from '../../ui/Modal';
import { DialogFooter } from '../../ui/DialogFooter';
import { useServices } from '../../app/services';
import { listClaimRows } from '../../db/queries';
import { addClaimItems } from '../../db/briefings';

// A picker lists this many matches at most; the search narrows a larger workspace.
const MAX_SHOWN = 200;

/** Chooses claims (searchable by text) to add to the end of a briefing; claims already in it are not offered. */
export function ClaimPickerDialog({ open, onClose, briefingId, present }: { open: boolean; onClose: () => void; briefingId: string; present: ReadonlySet<string> }) {
  const { db } = useServices();
  const titleId = useId();
  const rows = useLiveQuery(() => (open ? listClaimRows(db) : undefined), [db, open]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState('');
  const matches = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return (rows?.rows ?? []).filter((r) => !present.has(r.claim.id) && (needle === '' || r.claim.text.toLocaleLowerCase().includes(needle))).slice(0, MAX_SHOWN);
  }, [rows, query, present]);
  const close = () => {
    setChosen(new Set());
    setQuery('');
    setError('');
    onClose();
  };
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? new Set([...c, id]) : new Set([...c].filter((x) => x !== id))));
  return (
    <Modal open={open} onClose={close} labelledBy={titleId}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Added in the order the list shows them, which is the claims' reading order.
          const ids = (rows?.rows ?? []).map((r) => r.claim.id).filter((id) => chosen.has(id));
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
        <ul className="claim-picker" aria-label="Claims to add">
          {matches.map((r) => (
            <li key={r.claim.id}>
              <label className="check">
                <input type="checkbox" checked={chosen.has(r.claim.id)} onChange={(e) => toggle(r.claim.id, e.target.checked)} /> {r.claim.text}
              </label>
            </li>
          ))}
          {rows && matches.length === 0 && <li className="small muted">No claims match.</li>}
        </ul>
        <DialogFooter error={error} submitLabel={`Add ${chosen.size} claims`} submitDisabled={chosen.size === 0} onCancel={close} />
      </form>
    </Modal>
  );
}
