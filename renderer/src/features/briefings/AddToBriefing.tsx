import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addClaimItems } from '../../db/briefings';
import { listBriefings } from '../../db/queries';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { countNoun } from '../../../../shared/wording/count-noun';
import type { ChosenClaims } from '../../../../shared/claims/evidence/claim-selection';

/** Adds claims to the end of an existing briefing, chosen from a list; used by the claims table (whose chosen ids are read on submit) and the reader. */
export function AddToBriefing({ claimIds, label }: { claimIds: readonly string[] | ChosenClaims; label: string }) {
  const { db } = useServices();
  const notify = useNotify();
  const id = useId();
  const briefings = useLiveQuery(() => listBriefings(db), [db]);
  const [briefingId, setBriefingId] = useState('');
  if (!briefings || briefings.length === 0) return null;
  const chosen = briefingId || briefings[0]?.id || '';
  const count = 'count' in claimIds ? claimIds.count : claimIds.length;
  const ids = () => ('count' in claimIds ? claimIds.ids() : Promise.resolve(claimIds));
  return (
    <form
      className="add-to-briefing"
      onSubmit={(e) => {
        e.preventDefault();
        void ids()
          .then((list) => addClaimItems(db, chosen, null, list))
          .then(
          (n) => notify('success', n > 0 ? `${countNoun(n, 'claim')} added to “${briefings.find((b) => b.id === chosen)?.title ?? 'the briefing'}”.` : 'Those claims are already in that briefing.'),
          (err: unknown) => notify('error', err instanceof Error ? err.message : String(err)),
        );
      }}
    >
      <label htmlFor={`${id}-briefing`} className="visually-hidden">
        Briefing to add to
      </label>
      <select id={`${id}-briefing`} value={chosen} onChange={(e) => setBriefingId(e.target.value)}>
        {briefings.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={count === 0}>
        {label}
      </button>
    </form>
  );
}
