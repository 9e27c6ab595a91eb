import { useId, useState } from 'react';
import { ClaimStatusSchema } from '../../../../shared/model';
import { bulkSetStatus, bulkTag } from '../../db/claim-operations';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { AddToBriefing } from '../briefings/AddToBriefing';

/** Tags the chosen claims or sets their status, and says how many changed. */
export function BulkActions({ claimIds }: { claimIds: readonly string[] }) {
  const { db } = useServices();
  const notify = useNotify();
  const id = useId();
  const [tag, setTag] = useState('');
  const fail = (e: unknown) => notify('error', e instanceof Error ? e.message : String(e));
  const none = claimIds.length === 0;
  return (
    <div className="bulk-actions" role="group" aria-label="Bulk actions on chosen claims">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void bulkTag(db, claimIds, tag).then((n) => {
            notify('success', `Tag “${tag.trim()}” added to ${n} claims.`);
            setTag('');
          }, fail);
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
          void bulkSetStatus(db, claimIds, status).then((n) => notify('success', `${n} claims set to ${status}.`), fail);
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
      <AddToBriefing claimIds={claimIds} label="Add to briefing" />
    </div>
  );
}
