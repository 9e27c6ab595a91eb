import { useLiveQuery } from 'dexie-react-hooks';
import { warnedClaims } from '../../db/claim-table-query';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { ClaimFlagBadges } from './ClaimFlagBadges';
import { countNoun } from '../../../../shared/wording/count-noun';

// A dialog lists this many at most; the count says how many more there are.
const SHOWN = 100;

/** Before an export: the chosen claims that are unsupported, disputed or in a conflict, each linked to its evidence. */
export function ClaimWarnings({ claimIds }: { claimIds: readonly string[] }) {
  const { db } = useServices();
  const warned = useLiveQuery(() => warnedClaims(db, claimIds, SHOWN), [db, claimIds]);
  if (warned === undefined || warned.total === 0) return null;
  return (
    <section className="claim-warnings" aria-labelledby="claim-warnings-title">
      <h3 id="claim-warnings-title">{countNoun(warned.total, 'chosen claim')} {warned.total === 1 ? 'needs' : 'need'} a look</h3>
      <ul>
        {warned.rows.map(({ claim, facts }) => (
          <li key={claim.id}>
            <a href={routeHref({ view: 'claims', claimId: claim.id })}>{claim.text.length > 80 ? `${claim.text.slice(0, 80)}…` : claim.text}</a>{' '}
            <ClaimFlagBadges flags={{ ...facts.flags, singleSource: false, summaryOnly: false }} conflictCount={facts.conflictCount} />
          </li>
        ))}
      </ul>
      {warned.total > warned.rows.length && <p className="small muted">and {warned.total - warned.rows.length} more.</p>}
    </section>
  );
}
