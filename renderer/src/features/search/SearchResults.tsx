import { memo, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SearchAnswer } from '../../../../shared/search/search-index';
import type { SearchMeta } from '../../../../shared/search/search-document';
import type { SearchKind } from '../../../../shared/search/parse-query';
import { SearchResultRow, type RowActions } from './SearchResultRow';
import { useHitDetails } from './use-hit-details';

const GROUP_NAMES: Record<SearchKind, string> = { source: 'Sources', annotation: 'Annotations', claim: 'Claims' };
// Rows have fixed heights (search.css clamps the snippet to two lines): the list is laid out without measuring any
// row, which kept a layout pass per drawn row in every keystroke's frame.
export const HIT_ROW_HEIGHT = 92;
export const GROUP_ROW_HEIGHT = 40;
/** A group asks for its next page when its last loaded hit is this close to being drawn. */
const MORE_AHEAD = 5;

type Row =
  | { type: 'header'; kind: SearchKind; total: number; shown: number }
  | { type: 'hit'; hit: SearchMeta; last: boolean; more: boolean };

/** The results grouped by kind, in one virtualized list: only the rows on screen are drawn, and more are asked for on scroll. */
// Memoized: a keystroke redraws the list once, when its answer arrives, not also when the box changes.
export const SearchResults = memo(function SearchResults({ answer, actions, showMore }: { answer: SearchAnswer; actions: RowActions; showMore: (kind: SearchKind) => void }) {
  const rows: Row[] = answer.groups.flatMap((g) =>
    g.total === 0
      ? []
      : [
          { type: 'header' as const, kind: g.kind, total: g.total, shown: g.hits.length },
          ...g.hits.map((hit, i) => ({ type: 'hit' as const, hit, last: i === g.hits.length - 1, more: g.hits.length < g.total })),
        ],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'header' ? GROUP_ROW_HEIGHT : HIT_ROW_HEIGHT),
    getItemKey: (i) => {
      const row = rows[i];
      return !row ? i : row.type === 'header' ? `group:${row.kind}` : `${row.hit.kind}:${row.hit.id}`;
    },
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();
  const detailOf = useHitDetails(items.flatMap((item) => {
    const row = rows[item.index];
    return row?.type === 'hit' ? [row.hit] : [];
  }));
  // Asks for a group's next page when its last loaded hit comes near the screen; the answer replaces this one.
  const lastDrawn = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    for (let i = Math.max(0, lastDrawn - items.length); i <= Math.min(rows.length - 1, lastDrawn + MORE_AHEAD); i++) {
      const row = rows[i];
      if (row?.type === 'hit' && row.last && row.more) showMore(row.hit.kind);
    }
  });
  return (
    <div ref={scrollRef} className="search-results" role="list" aria-label="Search results" data-query={answer.query.text}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div key={item.key} role="listitem" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
              {row.type === 'header' ? (
                <h2 className="search-group">
                  {GROUP_NAMES[row.kind]} <span className="badge">{row.total}</span>
                  {row.shown < row.total && <span className="search-group-note"> first {row.shown} shown; more load as you scroll</span>}
                </h2>
              ) : (
                <SearchResultRow hit={row.hit} detail={detailOf(row.hit)} query={answer.query} actions={actions} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});
