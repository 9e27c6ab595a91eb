import { useLiveQuery } from 'dexie-react-hooks';
import { listClaimsTable } from '../../db/evidence';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { ClaimFlagBadges } from './ClaimFlagBadges';

/** Before an export: the chosen claims that are unsupported, disputed or in a conflict, each linked to its evidence. */
export function ClaimWarnings({ claimIds }: { claimIds: readonly string[] }) {
  const { db } = useServices();
  const rows = useLiveQuery(() => listClaimsTable(db), [db]);
  if (rows === undefined) return null;
  const chosen = new Set(claimIds);
  const warned = rows.filter((r) => chosen.has(r.claim.id) && (r.flags.unsupported || r.flags.disputed || r.conflictCount > 0));
  if (warned.length === 0) return null;
  return (
    <section className="claim-warnings" aria-labelledby="claim-warnings-title">
      <h3 id="claim-warnings-title">{warned.length} chosen claims need a look</h3>
      <ul>
        {warned.map((r) => (
          <li key={r.claim.id}>
            <a href={routeHref({ view: 'claims', claimId: r.claim.id })}>{r.claim.text.length > 80 ? `${r.claim.text.slice(0, 80)}…` : r.claim.text}</a> <ClaimFlagBadges flags={{ ...r.flags, singleSource: false, summaryOnly: false }} conflictCount={r.conflictCount} />
          </li>
        ))}
      </ul>
    </section>
  );
}
