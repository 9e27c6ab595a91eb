import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ListChecks, Trash2 } from 'lucide-react';
import { filterClaimRows, sortClaimRows, type ClaimSortKey, type ClaimTableFilters, type ClaimTableSort } from '../../../../shared/claims/evidence/claim-table';
import { ClaimStatusSchema, type ClaimStatus } from '../../../../shared/model';
import { listClaimRows } from '../../db/queries';
import { listClaimsTable } from '../../db/evidence';
import { deleteClaim, setClaimStatus } from '../../db/claims';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { useNotify } from '../../ui/notices';
import { CitationChip } from './CitationChip';
import { ClaimFlagBadges } from './ClaimFlagBadges';
import { ClaimFilters } from './ClaimFilters';
import { BulkActions } from './BulkActions';

const SORTABLE: readonly { by: ClaimSortKey; label: string }[] = [
  { by: 'text', label: 'Claim' },
  { by: 'status', label: 'Status' },
  { by: 'confidence', label: 'Confidence' },
  { by: 'sources', label: 'Sources' },
  { by: 'conflicts', label: 'Conflicts' },
];

/** The claims table: filter, sort, choose (for bulk actions and the briefing), and open a claim's evidence. */
export function ClaimsTable({ onChosenChange }: { onChosenChange: (ids: readonly string[]) => void }) {
  const { db } = useServices();
  const notify = useNotify();
  const table = useLiveQuery(() => listClaimsTable(db), [db]);
  const withCitations = useLiveQuery(() => listClaimRows(db), [db]);
  const [filters, setFilters] = useState<ClaimTableFilters>({});
  const [sort, setSort] = useState<ClaimTableSort>({ by: 'order', direction: 'asc' });
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());

  const rows = useMemo(() => sortClaimRows(filterClaimRows(table ?? [], filters), sort), [table, filters, sort]);
  const chosen = useMemo(() => rows.filter((r) => !deselected.has(r.claim.id)).map((r) => r.claim.id), [rows, deselected]);
  const chosenKey = chosen.join(' ');
  useEffect(() => onChosenChange(chosenKey ? chosenKey.split(' ') : []), [chosenKey, onChosenChange]);

  if (table === undefined || withCitations === undefined) return null;
  if (table.length === 0) {
    return (
      <div className="empty">
        <ListChecks size={40} aria-hidden />
        <h2>No claims yet</h2>
        <p>Import a summary whose points end in markers such as [8] or [2][15] (“Import files” or “Paste text…” in the sidebar): each point becomes a claim linked to its citations.</p>
      </div>
    );
  }
  const citations = new Map(withCitations.rows.map((r) => [r.claim.id, r.citations]));
  const toggle = (id: string) =>
    setDeselected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const sortBy = (by: ClaimSortKey) => setSort((s) => ({ by, direction: s.by === by && s.direction === 'asc' ? 'desc' : 'asc' }));
  const fail = (e: unknown) => notify('error', e instanceof Error ? e.message : String(e));

  return (
    <div className="pane claims-pane">
      <ClaimFilters rows={table} sources={withCitations.sources} filters={filters} onChange={setFilters} />
      <div className="toolbar claims-bulk">
        <span className="small muted">
          {chosen.length} of {rows.length} chosen
        </span>
        <button type="button" className="button" onClick={() => setDeselected(chosen.length === rows.length ? new Set(rows.map((r) => r.claim.id)) : new Set())} disabled={rows.length === 0}>
          {chosen.length === rows.length ? 'Choose none' : 'Choose all'}
        </button>
        <BulkActions claimIds={chosen} />
      </div>
      <table className="claims-table">
        <caption className="visually-hidden">Claims</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Chosen</span>
            </th>
            {SORTABLE.map(({ by, label }) => (
              <th key={by} scope="col" aria-sort={sort.by === by ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort-button" onClick={() => sortBy(by)}>
                  {label}
                  <span aria-hidden>{sort.by === by ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">Flags</th>
            <th scope="col">
              <span className="visually-hidden">Delete</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { claim } = row;
            const short = claim.text.length > 60 ? `${claim.text.slice(0, 60)}…` : claim.text;
            const own = citations.get(claim.id) ?? [];
            return (
              <tr key={claim.id} className="claim" data-testid="claim">
                <td>
                  <input type="checkbox" checked={!deselected.has(claim.id)} onChange={() => toggle(claim.id)} aria-label={`Include in briefing: ${short}`} />
                </td>
                <td className="claim-cell">
                  <a className="claim-text" href={routeHref({ view: 'claims', claimId: claim.id })}>
                    {claim.text}
                  </a>
                  <div className="claim-citations" role="group" aria-label="Citations">
                    {own.map((c) => (
                      <CitationChip key={c.id} citation={c} source={withCitations.sources.get(c.resolvedSourceId ?? c.sourceId)} />
                    ))}
                    {own.length === 0 && <span className="badge warn">No citation</span>}
                  </div>
                  {claim.tags.length > 0 && <div className="small muted">Tags: {claim.tags.join(', ')}</div>}
                </td>
                <td>
                  <select aria-label={`Status of: ${short}`} value={claim.status} onChange={(e) => void setClaimStatus(db, claim.id, ClaimStatusSchema.parse(e.target.value) as ClaimStatus).catch(fail)}>
                    {ClaimStatusSchema.options.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{claim.confidence === undefined ? '—' : `${Math.round(claim.confidence * 100)}%`}</td>
                <td>{row.flags.supportingSources}</td>
                <td>{row.conflictCount}</td>
                <td>
                  <ClaimFlagBadges flags={row.flags} conflictCount={row.conflictCount} />
                </td>
                <td>
                  <button type="button" className="button ghost" aria-label={`Delete claim: ${short}`} onClick={() => void deleteClaim(db, claim.id).then(() => notify('info', 'Claim deleted.'), fail)}>
                    <Trash2 size={14} aria-hidden />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">No claim matches these filters.</p>}
    </div>
  );
}
