import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileDown, ListChecks, Trash2 } from 'lucide-react';
import { ClaimStatusSchema, type ClaimStatus, type Source } from '../../../../shared/model';
import { listClaimRows, type ClaimRow } from '../../db/queries';
import { deleteClaim, setClaimStatus } from '../../db/claims';
import { useServices } from '../../app/services';
import { routeHref, type ClaimsTab } from '../../app/route';
import { useNotify } from '../../ui/notices';
import { CitationChip } from './CitationChip';
import { ExportBriefingDialog } from '../briefings/ExportBriefingDialog';
import './claims.css';

/** Every claim with its citations, grouped by source and section; choose claims and export them as a briefing. */
export function ClaimsView({ exportRequested }: { exportRequested: number; claimId?: string; tab: ClaimsTab }) {
  const { db } = useServices();
  const notify = useNotify();
  const data = useLiveQuery(() => listClaimRows(db), [db]);
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
  const [exportOpen, setExportOpen] = useState(false);

  useEffect(() => {
    if (exportRequested > 0) setExportOpen(true);
  }, [exportRequested]);

  const rows = useMemo(() => data?.rows ?? [], [data]);
  const chosen = rows.filter((r) => !deselected.has(r.claim.id)).map((r) => r.claim.id);
  const groups = useMemo(() => groupRows(rows), [rows]);
  if (data === undefined) return null;

  const toggle = (id: string) =>
    setDeselected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <header className="toolbar">
        <h1>Claims</h1>
        <span className="small muted">
          {chosen.length} of {rows.length} chosen
        </span>
        <button type="button" className="button" onClick={() => setDeselected(chosen.length === rows.length ? new Set(rows.map((r) => r.claim.id)) : new Set())} disabled={rows.length === 0}>
          {chosen.length === rows.length ? 'Choose none' : 'Choose all'}
        </button>
        <button type="button" className="button primary" onClick={() => setExportOpen(true)} disabled={chosen.length === 0}>
          <FileDown size={16} aria-hidden /> Export briefing
        </button>
      </header>
      {rows.length === 0 ? (
        <div className="empty">
          <ListChecks size={40} aria-hidden />
          <h2>No claims yet</h2>
          <p>Import a summary whose points end in markers such as [8] or [2][15] (“Import files” or “Paste text…” in the sidebar): each point becomes a claim linked to its citations.</p>
        </div>
      ) : (
        <div className="pane claims-pane">
          {groups.map((group) => (
            <section key={group.key} className="claim-group" aria-labelledby={`group-${group.key}`}>
              <h2 id={`group-${group.key}`} className="claim-group-title">
                {group.origin ? <a href={routeHref({ view: 'library', sourceId: group.origin.id })}>{group.origin.title}</a> : 'Claims typed by hand'}
              </h2>
              {group.sections.map((section) => (
                <div key={section.heading} className="claim-section">
                  {section.heading && <h3>{section.heading}</h3>}
                  <ul className="claim-list">
                    {section.rows.map((row) => (
                      <ClaimItem key={row.claim.id} row={row} chosen={!deselected.has(row.claim.id)} onToggle={() => toggle(row.claim.id)} sources={data.sources} onStatus={(s) => void setClaimStatus(db, row.claim.id, s).catch((e: Error) => notify('error', e.message))} onDelete={() => void deleteClaim(db, row.claim.id).then(() => notify('info', 'Claim deleted.'))} />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
      )}
      <ExportBriefingDialog open={exportOpen} onClose={() => setExportOpen(false)} claimIds={chosen} />
    </>
  );
}

function ClaimItem({ row, chosen, onToggle, sources, onStatus, onDelete }: {
  row: ClaimRow;
  chosen: boolean;
  onToggle: () => void;
  sources: ReadonlyMap<string, Source>;
  onStatus: (status: ClaimStatus) => void;
  onDelete: () => void;
}) {
  const { claim, citations } = row;
  const short = claim.text.length > 60 ? `${claim.text.slice(0, 60)}…` : claim.text;
  const unresolved = citations.filter((c) => !c.resolved).length;
  return (
    <li className="claim" data-testid="claim">
      <input type="checkbox" checked={chosen} onChange={onToggle} aria-label={`Include in briefing: ${short}`} />
      <div className="claim-body">
        <p className="claim-text">{claim.text}</p>
        <div className="claim-citations" role="group" aria-label="Citations">
          {citations.map((c) => (
            <CitationChip key={c.id} citation={c} source={sources.get(c.resolvedSourceId ?? c.sourceId)} />
          ))}
          {citations.length === 0 && <span className="badge warn">No citation</span>}
          {unresolved > 0 && <span className="small muted">{unresolved === citations.length ? 'All unresolved: link the original to resolve.' : `${unresolved} unresolved`}</span>}
        </div>
      </div>
      <div className="claim-actions">
        <select aria-label={`Status of: ${short}`} value={claim.status} onChange={(e) => onStatus(ClaimStatusSchema.parse(e.target.value))}>
          {ClaimStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" className="button ghost" aria-label={`Delete claim: ${short}`} onClick={onDelete}>
          <Trash2 size={14} aria-hidden />
        </button>
      </div>
    </li>
  );
}

interface Group {
  key: string;
  origin: ClaimRow['origin'];
  sections: { heading: string; rows: ClaimRow[] }[];
}

function groupRows(rows: readonly ClaimRow[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    const key = row.origin?.id ?? 'manual';
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, origin: row.origin, sections: [] };
      groups.push(group);
    }
    const heading = row.claim.section ?? '';
    let section = group.sections.find((s) => s.heading === heading);
    if (!section) {
      section = { heading, rows: [] };
      group.sections.push(section);
    }
    section.rows.push(row);
  }
  return groups;
}
