import { useCallback, useState } from 'react';
import { FileDown } from 'lucide-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { hasClaims } from '../../db/claim-table-query';
import type { ClaimsTab } from '../../app/route';
import { useCommand } from '../../app/commands';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { ExportBriefingDialog } from '../briefings/ExportBriefingDialog';
import { ClaimsTabs } from './ClaimsTabs';
import { chosenClaimsOf, ClaimsTable, useClaimTableState } from './ClaimsTable';
import { ClaimEvidenceView } from './ClaimEvidenceView';
import { ClaimMatrix } from './ClaimMatrix';
import { ConflictsTab } from './ConflictsTab';
import { NothingChosenDialog } from './NothingChosenDialog';
import { CHOOSE_ALL } from '../../../../shared/claims/evidence/claim-selection';
import './claims.css';

/** The claims: a table to choose, tag and export them, a claim's evidence, the claim-by-source matrix and the conflicts. */
export function ClaimsView({ claimId, tab }: { claimId?: string; tab: ClaimsTab }) {
  const { db } = useServices();
  const notify = useNotify();
  // The table's filters, sort and choice live here, so they survive a visit to another tab while the table is not
  // mounted (a hidden table would still read the workspace on every change); the export reads the chosen ids on opening.
  // Nothing is chosen until the analyst chooses, so no export holds claims they never looked at.
  const [table, setTable] = useClaimTableState();
  const [counts, setCounts] = useState({ chosen: 0, matching: 0 });
  const onCountChange = useCallback((chosen: number, matching: number) => setCounts({ chosen, matching }), []);
  const [exportIds, setExportIds] = useState<readonly string[] | null>(null);
  const [asking, setAsking] = useState(false);
  const anyClaims = useLiveQuery(() => hasClaims(db), [db]) ?? false;
  const failed = (e: unknown) => notify('error', e instanceof Error ? e.message : String(e));
  // With nothing chosen, exporting asks rather than exporting every claim the analyst never looked at.
  // Decided by the chosen ids themselves, not the count the table last reported, which lags a moment after the table mounts.
  const openExport = () => void chosenClaimsOf(db, table, counts.chosen).ids().then((ids) => (ids.length > 0 ? setExportIds(ids) : setAsking(true)), failed);
  const exportAllMatching = () => {
    setAsking(false);
    void chosenClaimsOf(db, { ...table, selection: CHOOSE_ALL }, counts.matching).ids().then(setExportIds, failed);
  };

  useCommand('export-briefing', openExport);

  return (
    <>
      <header className="toolbar">
        <h1>Claims</h1>
        <ClaimsTabs current={claimId ? null : tab} />
        <button type="button" className="button primary" onClick={openExport} disabled={!anyClaims}>
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
      {!claimId && tab === 'list' && (
        <div className="claims-list-wrap">
          <ClaimsTable state={table} onStateChange={setTable} onCountChange={onCountChange} />
        </div>
      )}
      <NothingChosenDialog open={asking} matchingCount={counts.matching} onClose={() => setAsking(false)} onExportAll={exportAllMatching} />
      <ExportBriefingDialog open={exportIds !== null} onClose={() => setExportIds(null)} claimIds={exportIds ?? []} />
    </>
  );
}
