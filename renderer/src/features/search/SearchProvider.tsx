import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useServices } from '../../app/services';
import { SearchClient } from '../../workers/search-client';
import type { SearchRequestFilters, SearchStatus } from '../../workers/search-protocol';

/** The search shared by the search box, its panel and the command palette. */
export interface SearchContextValue {
  client: SearchClient;
  query: string;
  setQuery: (q: string) => void;
  filters: SearchRequestFilters;
  setFilters: (f: SearchRequestFilters) => void;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  /** True while the search box has the focus: the panel is then drawn, hidden, before the first key is typed. */
  panelPrepared: boolean;
  setPanelPrepared: (prepared: boolean) => void;
}

/** The parts of the search that do not change as the query is typed. */
export type SearchControls = Pick<SearchContextValue, 'client' | 'setQuery' | 'setFilters' | 'setPanelOpen'>;

const SearchContext = createContext<SearchContextValue | null>(null);
// Kept apart so that what only needs the worker or the setters (the palette, result details) is not drawn again on
// every keystroke.
const SearchControlsContext = createContext<SearchControls | null>(null);

/** Starts the search worker for the workspace database and shares it, with the current query, below. */
export function SearchProvider({ children }: { children: ReactNode }) {
  const { db } = useServices();
  // Made in an effect, not during render, so that React's development double mount ends the first worker it starts
  // rather than leaving the app with a disposed one.
  const [client, setClient] = useState<SearchClient | null>(null);
  useEffect(() => {
    const created = new SearchClient(db.name);
    setClient(created);
    // The browser benchmark drives the worker directly; only a page opened with ?bench gets the handle.
    if (new URLSearchParams(window.location.search).has('bench')) (window as unknown as { footnoteSearch?: SearchClient }).footnoteSearch = created;
    return () => created.dispose();
  }, [db]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchRequestFilters>({});
  const [panelOpen, setPanelOpen] = useState(false);
  const [panelPrepared, setPanelPrepared] = useState(false);
  const value = useMemo(
    () => (client ? { client, query, setQuery, filters, setFilters, panelOpen, setPanelOpen, panelPrepared, setPanelPrepared } : null),
    [client, query, filters, panelOpen, panelPrepared],
  );
  const controls = useMemo(() => (client ? { client, setQuery, setFilters, setPanelOpen } : null), [client]);
  // The shell waits the one effect it takes to start the worker, so everything below can rely on the search.
  return value && controls ? (
    <SearchControlsContext.Provider value={controls}>
      <SearchContext.Provider value={value}>{children}</SearchContext.Provider>
    </SearchControlsContext.Provider>
  ) : null;
}

/** The shared search; throws outside the provider, which is a wiring bug. */
export function useSearch(): SearchContextValue {
  const value = useContext(SearchContext);
  if (!value) throw new Error('useSearch must be used inside SearchProvider');
  return value;
}

/** The search worker and the setters, without following the query as it is typed; throws outside the provider. */
export function useSearchControls(): SearchControls {
  const value = useContext(SearchControlsContext);
  if (!value) throw new Error('useSearchControls must be used inside SearchProvider');
  return value;
}

/** The index's current status. */
export function useSearchStatus(): SearchStatus {
  const { client } = useSearchControls();
  const [status, setStatus] = useState(client.status);
  useEffect(() => client.onStatus(setStatus), [client]);
  return status;
}
