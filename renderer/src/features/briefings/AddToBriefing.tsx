import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addClaimItems } from '../../db/briefings';
import { listBriefings } from '../../db/queries';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { countNoun } from '../../../../shared/wording/count-noun';

/** Adds claims to the end of an existing briefing, chosen from a list; used by the claims table and the reader. */
export function AddToBriefing({ claimIds, label }: { claimIds: readonly string[]; label: string }) {
  const { db } = useServices();
  const notify = useNotify();
  const id = useId();
  const briefings = useLiveQuery(() => listBriefings(db), [db]);
  const [briefingId, setBriefingId] = useState('');
  if (!briefings || briefings.length === 0) return null;
  const chosen = briefingId || briefings[0]?.id || '';
  return (
    <form
      className="add-to-briefing"
      onSubmit={(e) => {
        e.preventDefault();
        void addClaimItems(db, chosen, null, claimIds).then(
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
      <button type="submit" className="button" disabled={claimIds.length === 0}>
        {label}
      </button>
    </form>
  );
}
