import { useEffect, useRef, useState } from 'react';
import type { SearchAnswer } from '../../../../shared/search/search-index';
import type { SearchRequestFilters } from '../../workers/search-protocol';
import { useSearch, useSearchStatus } from './SearchProvider';

/**
 * The answer to the latest query: every keystroke asks the worker at once (its answers take well under a frame), and
 * an answer that arrives after a newer request was made is dropped, so results never go backwards.
 */
export function useSearchResults(query: string, filters: SearchRequestFilters, enabled = true, limits?: { hits?: number; candidates?: number }): { answer: SearchAnswer | null; tookMs: number } {
  const { client } = useSearch();
  const status = useSearchStatus();
  const [state, setState] = useState<{ answer: SearchAnswer | null; tookMs: number }>({ answer: null, tookMs: 0 });
  const latest = useRef(0);
  useEffect(() => {
    if (!enabled) return;
    const mine = ++latest.current;
    void client.search(query, filters, limits).then((result) => {
      if (mine === latest.current) setState(result);
    });
  }, [client, query, filters, enabled, limits, status.size]);
  return state;
}
