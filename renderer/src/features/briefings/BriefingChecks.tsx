import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import type { BriefingBundle } from '../../db/briefing-exports';
import { conflictingClaimIds } from '../../db/conflict-query';
import { briefingProblems, type BriefingProblem } from './briefing-checks';

const NONE: ReadonlySet<string> = new Set();

const KIND_LABEL = { unsupported: 'unsupported', disputed: 'disputed', conflicting: 'conflicts with another claim', unresolved: 'unresolved citations' } as const;

function reasons(problem: BriefingProblem): string {
  return problem.kinds.map((k) => (k === 'unresolved' ? `${problem.unresolvedCitations} ${KIND_LABEL[k]}` : KIND_LABEL[k])).join(', ');
}

/** Lists the briefing's claims to look at before export, each linked to its evidence. */
export function BriefingChecks({ bundle }: { bundle: BriefingBundle }) {
  const { db } = useServices();
  // The stored conflict counts of the briefing's own claims, rather than every conflict of the workspace recomputed.
  const claimIds = useMemo(() => [...bundle.lookup.claims.keys()], [bundle]);
  const conflicting = useLiveQuery(() => conflictingClaimIds(db, claimIds), [db, claimIds]) ?? NONE;
  const problems = useMemo(() => briefingProblems(bundle, conflicting), [bundle, conflicting]);
  return (
    <section className="briefing-checks" aria-labelledby="briefing-checks-heading">
      <h3 id="briefing-checks-heading">Before export</h3>
      {problems.length === 0 ? (
        <p className="small muted">Every claim is supported, undisputed and resolved.</p>
      ) : (
        <ul>
          {problems.map((p) => (
            <li key={p.claimId} data-testid="briefing-problem">
              <a href={routeHref({ view: 'claims', claimId: p.claimId })}>{p.text}</a> <span className="small muted">— {reasons(p)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
