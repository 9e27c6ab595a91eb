import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SearchAnswer } from '../../../../shared/search/search-index';
import type { SearchMeta } from '../../../../shared/search/search-document';
import type { SearchKind } from '../../../../shared/search/parse-query';
import { SearchResultRow, type RowActions } from './SearchResultRow';

const GROUP_NAMES: Record<SearchKind, string> = { source: 'Sources', annotation: 'Annotations', claim: 'Claims' };
// A row's height before it is measured; snippets wrap, so rows are measured as they render.
const ESTIMATED_ROW = 76;

type Row = { type: 'header'; kind: SearchKind; total: number; shown: number } | { type: 'hit'; hit: SearchMeta };

/** The results grouped by kind, in one virtualized list: only the rows on screen are drawn. */
export function SearchResults({ answer, actions }: { answer: SearchAnswer; actions: RowActions }) {
  const rows: Row[] = answer.groups.flatMap((g) =>
    g.total === 0 ? [] : [{ type: 'header' as const, kind: g.kind, total: g.total, shown: g.hits.length }, ...g.hits.map((hit) => ({ type: 'hit' as const, hit }))],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ESTIMATED_ROW, overscan: 3 });
  return (
    <div ref={scrollRef} className="search-results" role="list" aria-label="Search results" data-query={answer.query.text}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} role="listitem" style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
              {row.type === 'header' ? (
                <h2 className="search-group">
                  {GROUP_NAMES[row.kind]} <span className="badge">{row.total}</span>
                  {row.shown < row.total && <span className="search-group-note"> first {row.shown} shown; narrow the search to see the rest</span>}
                </h2>
              ) : (
                <SearchResultRow hit={row.hit} query={answer.query} actions={actions} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
