import { useId, useState } from 'react';
import { ClaimStatusSchema } from '../../../../shared/model';
import type { ChosenClaims } from '../../../../shared/claims/evidence/claim-selection';
import { setClaimsStatusInBatches, tagClaimsInBatches } from '../../db/bulk-claims';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { AddToBriefing } from '../briefings/AddToBriefing';
import { countNoun } from '../../../../shared/wording/count-noun';

/** Tags the chosen claims or sets their status in one transaction, showing progress over many claims, and says how many changed. The ids are read only when an action runs. */
export function BulkActions({ chosen }: { chosen: ChosenClaims }) {
  const { db } = useServices();
  const notify = useNotify();
  const id = useId();
  const [tag, setTag] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const fail = (e: unknown) => notify('error', e instanceof Error ? e.message : String(e));
  const none = chosen.count === 0 || progress !== null;
  const report = (done: number, total: number) => setProgress({ done, total });
  const finish = () => setProgress(null);
  return (
    <div className="bulk-actions" role="group" aria-label="Bulk actions on chosen claims">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setProgress({ done: 0, total: chosen.count });
          void chosen
            .ids()
            .then((ids) => tagClaimsInBatches(db, ids, tag, report))
            .then((n) => {
              notify('success', `Tag “${tag.trim()}” added to ${countNoun(n, 'claim')}.`);
              setTag('');
            }, fail)
            .finally(finish);
        }}
      >
        <label htmlFor={`${id}-tag`} className="visually-hidden">
          Tag to add to chosen claims
        </label>
        <input id={`${id}-tag`} type="text" placeholder="Tag" value={tag} onChange={(e) => setTag(e.target.value)} />
        <button type="submit" className="button" disabled={none || tag.trim() === ''}>
          Add tag
        </button>
      </form>
      <label htmlFor={`${id}-status`} className="visually-hidden">
        Set status of chosen claims
      </label>
      <select
        id={`${id}-status`}
        value=""
        disabled={none}
        onChange={(e) => {
          const status = ClaimStatusSchema.parse(e.target.value);
          setProgress({ done: 0, total: chosen.count });
          void chosen
            .ids()
            .then((ids) => setClaimsStatusInBatches(db, ids, status, report))
            .then((n) => notify('success', `${countNoun(n, 'claim')} set to ${status}.`), fail)
            .finally(finish);
        }}
      >
        <option value="" disabled>
          Set status…
        </option>
        {ClaimStatusSchema.options.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {progress && (
        <progress max={progress.total} value={progress.done} aria-label="Updating chosen claims">
          {progress.done} of {progress.total}
        </progress>
      )}
      <AddToBriefing claimIds={chosen} label="Add to briefing" />
    </div>
  );
}
