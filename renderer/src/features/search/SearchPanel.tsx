import { useMemo } from 'react';
import { X } from 'lucide-react';
import { useSearch, useSearchStatus } from './SearchProvider';
import { useSearchResults } from './use-search-results';
import { SearchFilterBar } from './SearchFilterBar';
import { SearchResults } from './SearchResults';
import { AddResultsToCollection } from './AddResultsToCollection';
import { useServices } from '../../app/services';
import { navigate } from '../../app/route';
import { readSearchHitDetail } from '../../db/search-details';
import { searchHitTarget } from './search-hit-target';
import type { RowActions } from './SearchResultRow';
import './search.css';

/** The results of the shell's search box, over the current view: filters, counts, then the grouped results. */
export function SearchPanel() {
  const { query, filters, setFilters, panelOpen, setPanelOpen, panelPrepared } = useSearch();
  const status = useSearchStatus();
  // Asked while only prepared too, so the list is in place (measured, observed) before the first key's answer.
  const { answer, tookMs, showMore } = useSearchResults(query, filters, panelOpen || panelPrepared);
  const { db } = useServices();
  const actions = useMemo<RowActions>(
    () => ({
      // The record is read again at the click: the row's copy can be one change old while it is read again after an
      // edit or import, and the place opened must be the one the text holds now.
      open: (hit, parsed) => {
        // A failed read opens the result at its source's start, as for a record that is gone, rather than not at all.
        void readSearchHitDetail(db, hit.kind, hit.id)
          .catch(() => undefined)
          .then((detail) => {
            navigate(searchHitTarget(hit, detail, parsed));
            setPanelOpen(false);
          });
      },
      onlySource: (sourceId: string) => setFilters({ ...filters, sourceId }),
      sourceFilter: filters.sourceId,
    }),
    [db, setPanelOpen, setFilters, filters],
  );
  if (!panelOpen && !panelPrepared) return null;
  const total = answer?.groups.reduce((n, g) => n + g.total, 0) ?? 0;
  const corrected = Object.entries(answer?.corrections ?? {}).filter(([, alts]) => alts.length > 0);
  return (
    // Prepared but not open, the panel is laid out and invisible rather than not displayed: shown from `display: none`,
    // its first key laid out the whole panel (and loaded the date fields' icons) in the frame before the results.
    <section className={panelOpen ? 'search-panel' : 'search-panel prepared'} aria-label="Search" aria-hidden={!panelOpen} inert={!panelOpen}>
      <header className="search-panel-head">
        <SearchFilterBar filters={filters} />
        <button type="button" className="button small" aria-label="Close search" onClick={() => setPanelOpen(false)}>
          <X size={14} aria-hidden />
        </button>
      </header>
      <p className="search-status" role="status">
        {status.state === 'building' ? 'Building the search index… ' : status.state === 'loading' ? 'Loading the search index… ' : ''}
        {status.state === 'failed' ? `The search index failed: ${status.error ?? 'unknown error'}. Use “Rebuild search index” in the command palette (Ctrl+K).` : ''}
        {answer ? `${total} found in ${tookMs.toFixed(1)} ms` : ''}
        {corrected.length > 0 ? ` · also matching ${corrected.map(([w, alts]) => `${alts.join(', ')} for “${w}”`).join('; ')}` : ''}
        {answer?.query.truncated ? ' · the query was shortened' : ''}
      </p>
      {/* The results' fonts (bold interface text, the reading serif, a CJK fallback, a mark), laid out with the prepared
          panel: the first results drawn loaded them, which made the first key's frame the slowest. */}
      <div className="search-font-warmup" aria-hidden>
        <span className="search-result-title">
          Aa 字 <mark>Aa 字</mark>
        </span>
        <span className="search-result-snippet">
          Aa 字 <mark>Aa 字</mark>
        </span>
        <span className="search-result-meta">Aa 字</span>
      </div>
      {answer && total > 0 && <AddResultsToCollection />}
      {answer && <SearchResults answer={answer} actions={actions} showMore={showMore} />}
    </section>
  );
}
