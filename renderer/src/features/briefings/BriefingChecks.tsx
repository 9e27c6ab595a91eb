import { useMemo } from 'react';
import { routeHref } from '../../app/route';
import type { BriefingBundle } from '../../db/briefing-exports';
import type { ConflictView } from '../../db/evidence';
import { briefingProblems, sourceMetadataProblems, type BriefingProblem } from './briefing-checks';
import { countNoun } from '../../../../shared/wording/count-noun';

const KIND_LABEL = {
  unsupported: 'unsupported',
  disputed: 'disputed',
  conflicting: 'conflicts with another claim',
  unresolved: 'unresolved citation',
  'earlier-version': 'cites an earlier version of a source that has a newer one',
} as const;

function reasons(problem: BriefingProblem): string {
  return problem.kinds.map((k) => (k === 'unresolved' ? countNoun(problem.unresolvedCitations, KIND_LABEL[k]) : KIND_LABEL[k])).join(', ');
}

/** Lists the briefing's claims to look at before export, each linked to its evidence. */
export function BriefingChecks({ bundle, conflicts }: { bundle: BriefingBundle; conflicts: readonly ConflictView[] | undefined }) {
  const conflicting = useMemo(() => new Set((conflicts ?? []).flatMap((c) => [c.a.claim.id, c.b.claim.id])), [conflicts]);
  const problems = useMemo(() => briefingProblems(bundle, conflicting), [bundle, conflicting]);
  const metadata = useMemo(() => sourceMetadataProblems(bundle), [bundle]);
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
      {metadata.length > 0 && (
        <>
          <p className="small">These sources’ titles or authors look machine-made; the reference list would print them as they are:</p>
          <ul>
            {metadata.map((m) => (
              <li key={m.sourceId} data-testid="briefing-source-problem">
                <a href={routeHref({ view: 'library', sourceId: m.sourceId })}>{m.title || 'Untitled source'}</a> <span className="small muted">— {m.reasons.join('; ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
