import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SearchKind } from '../../../../shared/search/parse-query';
import type { SearchAnswer, SearchLimits } from '../../../../shared/search/search-index';
import type { SearchRequestFilters } from '../../workers/search-protocol';
import { useSearchControls, useSearchStatus } from './SearchProvider';

/** Hits per kind in the first answer to a keystroke: a screenful, so the answer is small and its rows few. */
export const FIRST_PAGE = 20;
/** Hits per kind added each time the list is scrolled to the end of a group. */
export const NEXT_PAGE = 100;

/** The latest answer, and `showMore(kind)` to ask for the next page of one kind. */
export interface SearchResultsState {
  answer: SearchAnswer | null;
  tookMs: number;
  showMore: (kind: SearchKind) => void;
}

type Pages = { query: string; filters: SearchRequestFilters; byKind: Partial<Record<SearchKind, number>> };

/**
 * The answer to the latest query: every keystroke asks the worker at once for the first page only; a newer keystroke
 * makes the worker skip an older search still waiting and the page drop an older answer, so results never go
 * backwards. Answers render at once, not as a transition: a transition's render yields every few milliseconds and
 * on a busy machine let a frame pass before the results were drawn, while the first page is small enough to draw at
 * once without holding up typing.
 */
export function useSearchResults(query: string, filters: SearchRequestFilters, enabled = true, limits?: SearchLimits): SearchResultsState {
  const { client } = useSearchControls();
  const status = useSearchStatus();
  const channel = useId();
  const [state, setState] = useState<{ answer: SearchAnswer | null; tookMs: number }>({ answer: null, tookMs: 0 });
  const [pages, setPages] = useState<Pages | null>(null);
  // Pages asked for by scrolling count only for the query and filters they were asked for.
  const byKind = pages && pages.query === query && pages.filters === filters ? pages.byKind : null;
  useEffect(() => {
    if (!enabled) return;
    const asked: SearchLimits = { hits: FIRST_PAGE, ...limits, ...(byKind ? { hitsByKind: byKind } : {}) };
    void client.searchLatest(channel, query, filters, asked).then((result) => {
      // Drawn in the task that received the answer: a scheduled render let the browser draw a frame, or run other
      // queued work, before the results were in the page.
      if (result) flushSync(() => setState(result));
    });
  }, [client, channel, query, filters, enabled, limits, byKind, status.size]);
  const answer = state.answer;
  // Read through a ref so `showMore` stays the same function while typing, and the list it is given is not redrawn.
  const latest = useRef({ answer, query, filters });
  useEffect(() => {
    latest.current = { answer, query, filters };
  });
  const showMore = useCallback((kind: SearchKind) => {
    const { answer: shown, query: q, filters: f } = latest.current;
    const group = shown?.groups.find((g) => g.kind === kind);
    if (!group || group.hits.length >= group.total) return;
    const next = group.hits.length + NEXT_PAGE;
    setPages((p) => {
      const current = p && p.query === q && p.filters === f ? p.byKind : {};
      if ((current[kind] ?? 0) >= next) return p;
      return { query: q, filters: f, byKind: { ...current, [kind]: next } };
    });
  }, []);
  return { answer, tookMs: state.tookMs, showMore };
}
