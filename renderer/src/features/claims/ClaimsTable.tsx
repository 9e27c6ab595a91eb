import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ListChecks, Trash2 } from 'lucide-react';
import type { ClaimSortKey, ClaimTableFilters, ClaimTableSort } from '../../../../shared/claims/evidence/claim-table';
import { CHOOSE_ALL, CHOOSE_NONE, chosenCount, chosenIds, isChosen, toggleChosen, type ClaimSelection } from '../../../../shared/claims/evidence/claim-selection';
import { ClaimStatusSchema, type ClaimStatus } from '../../../../shared/model';
import { hasClaims, loadClaimPage, matchingClaimIds, watchClaimFacts, type ClaimPageRow } from '../../db/claim-table-query';
import { deleteClaim, setClaimStatus } from '../../db/claims';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { useNotify } from '../../ui/notices';
import { CitationChip } from './CitationChip';
import { ClaimFlagBadges } from './ClaimFlagBadges';
import { ClaimFilters } from './ClaimFilters';
import { BulkActions } from './BulkActions';
import { useKeptLiveQuery, useKeptWatchedRead } from '../../ui/use-kept-live-query';
import type { Source } from '../../../../shared/model';
import { writtenFigure } from './figures';
import { ScriptText } from '../../ui/ScriptText';

const SORTABLE: readonly { by: ClaimSortKey; label: string }[] = [
  { by: 'text', label: 'Claim' },
  { by: 'status', label: 'Status' },
  { by: 'confidence', label: 'Confidence' },
  { by: 'sources', label: 'Sources' },
  { by: 'conflicts', label: 'Conflicts' },
];

// Every row is this tall (its claim cell clips what does not fit): measuring rows as they are drawn makes the
// virtualizer recompute the offsets of all 100,000 rows after each one, which froze the page for seconds.
const ROW_PX = 88;
// Rows drawn beyond the visible ones, so scrolling rarely shows an empty row.
const OVERSCAN_ROWS = 8;
// Rows are read from the database in aligned pages of this many, so scrolling a little reads nothing new.
const PAGE_ROWS = 40;
const COLUMNS = SORTABLE.length + 3;

/**
 * The claims table: filter, sort, choose (for bulk actions and the briefing), and open a claim's evidence. Only the rows
 * on screen are read and drawn. Nothing is chosen until the analyst chooses, so no action runs on claims they never looked at.
 */
export function ClaimsTable({ onChosenChange }: { onChosenChange: (chosen: readonly string[], matching: readonly string[]) => void }) {
  const { db } = useServices();
  const any = useLiveQuery(() => hasClaims(db), [db]);
  const [filters, setFilters] = useState<ClaimTableFilters>({});
  const [sort, setSort] = useState<ClaimTableSort>({ by: 'order', direction: 'asc' });
  const [selection, setSelection] = useState<ClaimSelection>(CHOOSE_NONE);
  const matching = useKeptWatchedRead(() => watchClaimFacts(db), () => matchingClaimIds(db, filters, sort), [db, filters, sort]);
  const ids = useMemo(() => matching.value ?? [], [matching.value]);
  const scrollRef = useRef<HTMLDivElement>(null);

  const chosen = useMemo(() => chosenIds(selection, ids), [selection, ids]);
  const count = useMemo(() => chosenCount(selection, ids), [selection, ids]);
  useEffect(() => onChosenChange(chosen, ids), [chosen, ids, onChosenChange]);

  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_PX, overscan: OVERSCAN_ROWS });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const pageStart = Math.floor(first / PAGE_ROWS) * PAGE_ROWS;
  const pageEnd = Math.ceil((last + 1) / PAGE_ROWS) * PAGE_ROWS;
  const pageIds = useMemo(() => ids.slice(pageStart, pageEnd), [ids, pageStart, pageEnd]);
  const page = useKeptLiveQuery(() => loadClaimPage(db, pageIds), [db, pageIds]);
  const rows = useMemo(() => new Map((page.value?.rows ?? []).map((r) => [r.claim.id, r])), [page.value]);

  if (any === undefined) return null;
  if (!any) {
    return (
      <div className="empty">
        <ListChecks size={40} aria-hidden />
        <h2>No claims yet</h2>
        <p>Import a summary whose points end in markers such as [8] or [2][15] (“Import files” or “Paste text…” in the sidebar): each point becomes a claim linked to its citations.</p>
      </div>
    );
  }
  const sortBy = (by: ClaimSortKey) => setSort((s) => ({ by, direction: s.by === by && s.direction === 'asc' ? 'desc' : 'asc' }));
  const allChosen = count === ids.length && ids.length > 0;
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="pane claims-pane claims-table-pane">
      <ClaimFilters filters={filters} onChange={setFilters} />
      <div className="toolbar claims-bulk">
        <span className="small muted" role="status">
          {matching.pending ? 'Finding claims…' : `${count.toLocaleString()} of ${ids.length.toLocaleString()} chosen`}
        </span>
        <button type="button" className="button" onClick={() => setSelection(allChosen ? CHOOSE_NONE : CHOOSE_ALL)} disabled={ids.length === 0}>
          {allChosen ? 'Choose none' : 'Choose all'}
        </button>
        <BulkActions claimIds={chosen} />
      </div>
      <div className="claims-scroll" ref={scrollRef} data-testid="claims-scroll">
        <table className="claims-table" aria-rowcount={ids.length + 1}>
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
            {top > 0 && (
              <tr aria-hidden className="virtual-spacer">
                <td colSpan={COLUMNS} style={{ height: top }} />
              </tr>
            )}
            {items.map((item) => {
              const id = ids[item.index] ?? '';
              const row = rows.get(id);
              return row ? (
                <ClaimTableRow
                  key={id}
                  index={item.index}
                  row={row}
                  sources={page.value?.sources ?? new Map()}
                  chosen={isChosen(selection, id)}
                  onToggle={() => setSelection((s) => toggleChosen(s, id))}
                />
              ) : (
                <tr key={id} className="claim-placeholder" style={{ height: ROW_PX }} aria-rowindex={item.index + 2}>
                  <td colSpan={COLUMNS} className="muted small">
                    Loading…
                  </td>
                </tr>
              );
            })}
            {bottom > 0 && (
              <tr aria-hidden className="virtual-spacer">
                <td colSpan={COLUMNS} style={{ height: bottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {!matching.pending && ids.length === 0 && <p className="muted">No claim matches these filters.</p>}
      </div>
    </div>
  );
}

function ClaimTableRow({ row, sources, chosen, onToggle, index }: { row: ClaimPageRow; sources: ReadonlyMap<string, Source>; chosen: boolean; onToggle: () => void; index: number }) {
  const { db } = useServices();
  const notify = useNotify();
  const { claim, facts, citations } = row;
  const short = claim.text.length > 60 ? `${claim.text.slice(0, 60)}…` : claim.text;
  const fail = (e: unknown) => notify('error', e instanceof Error ? e.message : String(e));
  return (
    <tr className="claim" data-testid="claim" style={{ height: ROW_PX }} aria-rowindex={index + 2}>
      <td>
        <input type="checkbox" checked={chosen} onChange={onToggle} aria-label={`Include in briefing: ${short}`} />
      </td>
      <td className="claim-cell">
        <div className="claim-cell-clip" style={{ maxHeight: ROW_PX - 16 }}>
          <a className="claim-text" href={routeHref({ view: 'claims', claimId: claim.id })}>
            <ScriptText text={claim.text} lang="en" />
          </a>
          {/* Beside the text, inside its cell: the citation chips already set the column's width, so the figures cost the table none. */}
          {claim.quantities.length > 0 && (
            <ul className="claim-figures" aria-label={`Figures of: ${short}`} title={claim.quantities.map(writtenFigure).join(' · ')}>
              {claim.quantities.map((q, i) => (
                <li key={i}>{writtenFigure(q).replaceAll(' ', '\u00a0')}</li>
              ))}
            </ul>
          )}
          <div className="claim-citations" role="group" aria-label="Citations">
            {citations.map((c) => (
              <CitationChip key={c.id} citation={c} source={sources.get(c.resolvedSourceId ?? c.sourceId)} />
            ))}
            {citations.length === 0 && <span className="badge warn">No citation</span>}
          </div>
          {claim.tags.length > 0 && <div className="small muted">Tags: {claim.tags.join(', ')}</div>}
        </div>
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
      <td>{facts.citedSources}</td>
      <td>{facts.conflictCount}</td>
      <td>
        <ClaimFlagBadges flags={facts.flags} conflictCount={facts.conflictCount} />
      </td>
      <td>
        <button type="button" className="button ghost" aria-label={`Delete claim: ${short}`} onClick={() => void deleteClaim(db, claim.id).then(() => notify('info', 'Claim deleted.'), fail)}>
          <Trash2 size={14} aria-hidden />
        </button>
      </td>
    </tr>
  );
}
