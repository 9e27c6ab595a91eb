import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ListChecks, Trash2 } from 'lucide-react';
import type { ClaimSortKey, ClaimTableFilters, ClaimTableSort } from '../../../../shared/claims/evidence/claim-table';
import { CHOOSE_ALL, CHOOSE_NONE, isChosen, toggleChosen, type ChosenClaims, type ClaimSelection } from '../../../../shared/claims/evidence/claim-selection';
import { ClaimStatusSchema, type ClaimStatus } from '../../../../shared/model';
import { chosenClaimIds, chosenInListing, listingIds, listingSize, loadClaimPage, watchClaimFacts, type ClaimListing, type ClaimPageRow } from '../../db/claim-table-query';
import { deleteClaim, setClaimStatus } from '../../db/claims';
import { keptClaimTableOpening, openClaimTable } from '../../db/claim-table-read-ahead';
import type { FootnoteDatabase } from '../../db/database';
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
const NO_CLAIMS: ClaimListing = { kind: 'ids', ids: [] };

/** What the claims table is narrowed to, sorted by and has chosen: kept by the claims view, so it survives a visit to another tab while the table is not mounted. */
export interface ClaimTableState {
  filters: ClaimTableFilters;
  sort: ClaimTableSort;
  selection: ClaimSelection;
}

// The table starts unfiltered, in reading order, nothing chosen (the analyst chooses).
const OPENING_STATE: ClaimTableState = { filters: {}, sort: { by: 'order', direction: 'asc' }, selection: CHOOSE_NONE };

/** The table's state, from its opening state. */
export function useClaimTableState() {
  return useState<ClaimTableState>(OPENING_STATE);
}

// The table opens on the rows a window can show with their margin, not a full page: the page's own read follows.
const openingRows = () => Math.min(PAGE_ROWS, Math.ceil(window.innerHeight / ROW_PX) + OVERSCAN_ROWS);

/** Starts reading what the table opens on, as the navigation to a newly drawn claims view happens. */
export function readClaimsTableAhead(db: FootnoteDatabase): void {
  void openClaimTable(db, OPENING_STATE.filters, OPENING_STATE.sort, openingRows());
}

/** The chosen claims of a table state: the count the table found, and their ids read when an action asks. */
export function chosenClaimsOf(db: Parameters<typeof chosenClaimIds>[0], { filters, sort, selection }: ClaimTableState, count: number): ChosenClaims {
  return { count, ids: () => chosenClaimIds(db, filters, sort, selection) };
}

/**
 * The claims table: filter, sort, choose (for bulk actions and the briefing), and open a claim's evidence. Only the
 * rows on screen are read and drawn; unfiltered, not even the ids of the others are read (rows are read by position).
 */
export function ClaimsTable({ state, onStateChange, onCountChange }: { state: ClaimTableState; onStateChange: (update: (s: ClaimTableState) => ClaimTableState) => void; onCountChange: (chosen: number, matching: number) => void }) {
  const { db } = useServices();
  const { filters, sort, selection } = state;
  const setFilters = (next: ClaimTableFilters) => onStateChange((s) => ({ ...s, filters: next }));
  const setSort = (update: (s: ClaimTableSort) => ClaimTableSort) => onStateChange((s) => ({ ...s, sort: update(s.sort) }));
  const setSelection = (update: ClaimSelection | ((s: ClaimSelection) => ClaimSelection)) => onStateChange((s) => ({ ...s, selection: typeof update === 'function' ? update(s.selection) : update }));
  const matching = useKeptWatchedRead(
    () => watchClaimFacts(db),
    async () => ({ filters, sort, ...(await openClaimTable(db, filters, sort, openingRows())) }),
    [db, filters, sort],
    () => {
      const kept = keptClaimTableOpening(db, filters, sort, openingRows());
      return kept && { filters, sort, ...kept };
    },
  );
  const listing = matching.value?.listing ?? NO_CLAIMS;
  const total = listingSize(listing);
  const scrollRef = useRef<HTMLDivElement>(null);

  const count = useKeptLiveQuery(() => chosenInListing(db, listing, selection), [db, listing, selection]).value ?? 0;
  useEffect(() => onCountChange(count, total), [count, total, onCountChange]);

  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_PX, overscan: OVERSCAN_ROWS });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const pageStart = Math.floor(first / PAGE_ROWS) * PAGE_ROWS;
  const pageEnd = Math.min(total, Math.ceil((last + 1) / PAGE_ROWS) * PAGE_ROWS);
  // The table opens on the rows read with its listing; the top page's own (live) read waits until the browser is idle
  // after drawing them: at once, reading the same rows again held the frame that shows them by 40-50 ms at scale.
  const [opening, setOpening] = useState(true);
  const page = useKeptLiveQuery(async () => {
    if (opening && pageStart === 0) return undefined;
    const ids = await listingIds(db, listing, pageStart, pageEnd);
    return { filters, sort, listing, start: pageStart, ...(await loadClaimPage(db, ids)) };
  }, [db, listing, pageStart, pageEnd, opening]);
  // A page read under another sort or filter is not shown (its rows would sit at the wrong places); one read before a
  // change to the claims is, until the new one arrives, so a long recompute does not blank the table. At the top, the
  // first page read with the listing is shown until the page's own read of that listing answers.
  const readPage = page.value?.filters === filters && page.value.sort === sort ? page.value : undefined;
  const opened = matching.value?.filters === filters && matching.value.sort === sort ? { start: 0, ...matching.value.first } : undefined;
  const shownPage = readPage?.listing !== listing && pageStart === 0 && opened ? opened : readPage;
  const rows = useMemo(() => new Map((shownPage?.rows ?? []).map((r) => [r.claim.id, r])), [shownPage]);
  const shown = opened !== undefined;
  useEffect(() => {
    if (!shown || !opening) return;
    const done = () => setOpening(false);
    if (typeof requestIdleCallback !== 'function') return void setTimeout(done, 0);
    const idle = requestIdleCallback(done, { timeout: 500 });
    return () => cancelIdleCallback(idle);
  }, [shown, opening]);
  const idAt = (index: number) => (shownPage && index >= shownPage.start ? shownPage.ids[index - shownPage.start] : undefined);

  // Until the table's first read answers, only the view's header shows: drawing the filters and an empty table meanwhile
  // took the UI thread from the read it waited for. No claim at all is an unfiltered table of none.
  if (matching.value === undefined) return null;
  if (total === 0 && !matching.pending && isUnfiltered(filters)) {
    return (
      <div className="empty">
        <ListChecks size={40} aria-hidden />
        <h2>No claims yet</h2>
        <p>Import a summary whose points end in markers such as [8] or [2][15] (“Import files” or “Paste text…” in the sidebar): each point becomes a claim linked to its citations.</p>
      </div>
    );
  }
  const sortBy = (by: ClaimSortKey) => setSort((s) => ({ by, direction: s.by === by && s.direction === 'asc' ? 'desc' : 'asc' }));
  const allChosen = count === total && total > 0;
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="pane claims-pane claims-table-pane">
      <ClaimFilters filters={filters} onChange={setFilters} />
      <div className="toolbar claims-bulk">
        <span className="small muted" role="status">
          {matching.pending ? 'Finding claims…' : `${count.toLocaleString()} of ${total.toLocaleString()} chosen`}
        </span>
        <button type="button" className="button" onClick={() => setSelection(allChosen ? CHOOSE_NONE : CHOOSE_ALL)} disabled={total === 0}>
          {allChosen ? 'Choose none' : 'Choose all'}
        </button>
        <BulkActions chosen={chosenClaimsOf(db, state, count)} />
      </div>
      <div className="claims-scroll" ref={scrollRef} data-testid="claims-scroll">
        <table className="claims-table" aria-rowcount={total + 1}>
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
              const id = idAt(item.index);
              const row = id === undefined ? undefined : rows.get(id);
              return row && id ? (
                <ClaimTableRow
                  key={id}
                  index={item.index}
                  row={row}
                  sources={shownPage?.sources ?? new Map()}
                  chosen={isChosen(selection, id)}
                  onToggle={() => setSelection((s) => toggleChosen(s, id))}
                />
              ) : (
                <tr key={id ?? `@${item.index}`} className="claim-placeholder" style={{ height: ROW_PX }} aria-rowindex={item.index + 2}>
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
        {!matching.pending && total === 0 && <p className="muted">No claim matches these filters.</p>}
      </div>
    </div>
  );
}

function isUnfiltered(filters: ClaimTableFilters): boolean {
  return Object.values(filters).every((v) => v === undefined || v === false || v === '' || (Array.isArray(v) && v.length === 0));
}

interface ClaimTableRowProps {
  row: ClaimPageRow;
  sources: ReadonlyMap<string, Source>;
  chosen: boolean;
  /** Toggles this row's claim; it updates the table's state by a function of the latest, so an older one does as well. */
  onToggle: () => void;
  index: number;
}

// Each read of a page (the table opening, then its live query, then again after any change) gives new objects for rows
// that did not change; compared by what they show, those rows are not drawn again, which at the table's opening held
// the frame that shows it by a second render of every row on screen.
const sourcesOfRow = (p: ClaimTableRowProps) => p.row.citations.map((c) => p.sources.get(c.resolvedSourceId ?? c.sourceId));
function sameRowShown(a: ClaimTableRowProps, b: ClaimTableRowProps): boolean {
  if (a.index !== b.index || a.chosen !== b.chosen) return false;
  if (a.row !== b.row && JSON.stringify(a.row) !== JSON.stringify(b.row)) return false;
  return a.sources === b.sources || JSON.stringify(sourcesOfRow(a)) === JSON.stringify(sourcesOfRow(b));
}

const ClaimTableRow = memo(function ClaimTableRow({ row, sources, chosen, onToggle, index }: ClaimTableRowProps) {
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
}, sameRowShown);
