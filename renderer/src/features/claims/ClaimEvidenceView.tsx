import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadClaimEvidence } from '../../db/evidence';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { ClaimEditor } from './ClaimEditor';
import { QuantityList } from './QuantityList';
import { CitationEvidenceList } from './CitationEvidenceList';
import { DerivedTotals } from './DerivedTotals';
import { ConflictCard } from './ConflictCard';
import { ClaimFlagBadges } from './ClaimFlagBadges';
import { SplitClaimDialog } from './SplitClaimDialog';
import { MergeClaimDialog } from './MergeClaimDialog';
import { HistoryList } from '../history/HistoryList';
import { DeletedEvidence } from './DeletedEvidence';

/** One claim's evidence: the claim itself, its figures, its citations by stance, derived totals and conflicts. */
export function ClaimEvidenceView({ claimId }: { claimId: string }) {
  const { db } = useServices();
  const evidence = useLiveQuery(() => loadClaimEvidence(db, claimId), [db, claimId]);
  const [dialog, setDialog] = useState<'split' | 'merge' | null>(null);
  if (evidence === undefined) return null;
  if (evidence === null) {
    return (
      <div className="empty">
        <h2>This claim no longer exists</h2>
        <p>
          It may have been merged into another or deleted. <a href={routeHref({ view: 'claims' })}>Back to the claims</a>
        </p>
      </div>
    );
  }
  const { claim } = evidence;
  return (
    <div className="pane claims-pane evidence" aria-labelledby="evidence-title">
      <p>
        <a href={routeHref({ view: 'claims' })}>← All claims</a>
      </p>
      <h2 id="evidence-title">Evidence for the claim</h2>
      <p>
        <ClaimFlagBadges flags={evidence.flags} conflictCount={evidence.conflicts.length} />
      </p>
      <ClaimEditor key={claim.id} claim={claim} />
      <div className="toolbar">
        <button type="button" className="button" onClick={() => setDialog('split')}>
          Split…
        </button>
        <button type="button" className="button" onClick={() => setDialog('merge')}>
          Merge with…
        </button>
      </div>
      <QuantityList claim={claim} />
      <DeletedEvidence claimId={claim.id} citationCount={Object.values(evidence.citations).flat().length} />
      <CitationEvidenceList citations={evidence.citations} />
      <DerivedTotals totals={evidence.derivedTotals} claimId={claim.id} />
      <section aria-labelledby="conflicts-title">
        <h3 id="conflicts-title">Conflicts (tolerance {evidence.tolerancePercent}%)</h3>
        {evidence.conflicts.length === 0 ? <p className="muted">No other claim gives a different figure for the same subject and measure.</p> : evidence.conflicts.map((c, i) => <ConflictCard key={i} view={c} />)}
      </section>
      <section aria-labelledby="claim-history-title">
        <h3 id="claim-history-title">History</h3>
        <HistoryList of={{ claimId: claim.id }} label="Changes to this claim and its citations" />
      </section>
      <SplitClaimDialog open={dialog === 'split'} onClose={() => setDialog(null)} claim={claim} citations={Object.values(evidence.citations).flat()} />
      <MergeClaimDialog open={dialog === 'merge'} onClose={() => setDialog(null)} claim={claim} />
    </div>
  );
}
