import { useCallback, useState } from 'react';
import { FileDown } from 'lucide-react';
import type { ClaimsTab } from '../../app/route';
import { useCommand } from '../../app/commands';
import { ExportBriefingDialog } from '../briefings/ExportBriefingDialog';
import { ClaimsTabs } from './ClaimsTabs';
import { ClaimsTable } from './ClaimsTable';
import { ClaimEvidenceView } from './ClaimEvidenceView';
import { ClaimMatrix } from './ClaimMatrix';
import { ConflictsTab } from './ConflictsTab';
import { NothingChosenDialog } from './NothingChosenDialog';
import './claims.css';

/** The claims: a table to choose, tag and export them, a claim's evidence, the claim-by-source matrix and the conflicts. */
export function ClaimsView({ claimId, tab }: { claimId?: string; tab: ClaimsTab }) {
  // The table owns which claims are chosen (none until the analyst chooses) and which match its filters; the export reads them.
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [matching, setMatching] = useState<readonly string[]>([]);
  // The claims the open export dialog exports; null while it is closed.
  const [exporting, setExporting] = useState<readonly string[] | null>(null);
  const [asking, setAsking] = useState(false);
  const onChosenChange = useCallback((c: readonly string[], m: readonly string[]) => {
    setChosen(c);
    setMatching(m);
  }, []);

  // With nothing chosen, exporting asks rather than exporting every claim the analyst never looked at.
  const startExport = () => (chosen.length > 0 ? setExporting(chosen) : setAsking(true));
  useCommand('export-briefing', startExport);

  return (
    <>
      <header className="toolbar">
        <h1>Claims</h1>
        <ClaimsTabs current={claimId ? null : tab} />
        <button type="button" className="button primary" onClick={startExport} disabled={matching.length === 0}>
          <FileDown size={16} aria-hidden /> Export briefing
        </button>
      </header>
      {claimId ? (
        <ClaimEvidenceView claimId={claimId} />
      ) : tab === 'matrix' ? (
        <ClaimMatrix />
      ) : tab === 'conflicts' ? (
        <ConflictsTab />
      ) : null}
      {/* The table stays mounted (hidden) on the other tabs so the chosen claims survive a visit to them. */}
      <div hidden={Boolean(claimId) || tab !== 'list'} className="claims-list-wrap">
        <ClaimsTable onChosenChange={onChosenChange} />
      </div>
      <NothingChosenDialog
        open={asking}
        matchingCount={matching.length}
        onClose={() => setAsking(false)}
        onExportAll={() => {
          setAsking(false);
          setExporting(matching);
        }}
      />
      <ExportBriefingDialog open={exporting !== null} onClose={() => setExporting(null)} claimIds={exporting ?? []} />
    </>
  );
}
