import { useState } from 'react';
import { FileDown } from 'lucide-react';
import type { ClaimsTab } from '../../app/route';
import { useCommand } from '../../app/commands';
import { ExportBriefingDialog } from '../briefings/ExportBriefingDialog';
import { ClaimsTabs } from './ClaimsTabs';
import { ClaimsTable } from './ClaimsTable';
import { ClaimEvidenceView } from './ClaimEvidenceView';
import { ClaimMatrix } from './ClaimMatrix';
import { ConflictsTab } from './ConflictsTab';
import './claims.css';

/** The claims: a table to choose, tag and export them, a claim's evidence, the claim-by-source matrix and the conflicts. */
export function ClaimsView({ claimId, tab }: { claimId?: string; tab: ClaimsTab }) {
  // Every claim is chosen for the briefing unless the analyst unticks it; the table owns which, the export reads it.
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [exportOpen, setExportOpen] = useState(false);

  useCommand('export-briefing', () => setExportOpen(true));

  return (
    <>
      <header className="toolbar">
        <h1>Claims</h1>
        <ClaimsTabs current={claimId ? null : tab} />
        <button type="button" className="button primary" onClick={() => setExportOpen(true)} disabled={chosen.length === 0}>
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
        <ClaimsTable onChosenChange={setChosen} />
      </div>
      <ExportBriefingDialog open={exportOpen} onClose={() => setExportOpen(false)} claimIds={chosen} />
    </>
  );
}
