import type { SearchAnswer, SearchLimits } from '../../../shared/search/search-index';
import type { SearchFilters } from '../../../shared/search/search-filters';
import type { SearchKind } from '../../../shared/search/parse-query';
import type { TableChange } from './search-changes';

/** Filters as the UI sends them: a collection by id, which the worker resolves to its members. */
export type SearchRequestFilters = Omit<SearchFilters, 'collection'> & { collectionId?: string };

/** Messages to the search worker. */
export type SearchWorkerRequest =
  | { type: 'open'; dbName: string }
  | { type: 'changes'; changes: TableChange[] | 'all' }
  | { type: 'search'; id: number; query: string; filters: SearchRequestFilters; limits?: SearchLimits; channel?: string }
  | { type: 'rebuild' }
  | { type: 'persist' };

/** The index's state, with the figures the benchmark and the status line show. */
export interface SearchStatus {
  state: 'loading' | 'building' | 'ready' | 'failed';
  size: Record<SearchKind, number>;
  /** How the index came to be: read from storage or built from the records. */
  origin?: 'stored' | 'built';
  loadMs?: number;
  /** The part of `loadMs` spent reading the stored parts from IndexedDB (the rest is FlexSearch's import). */
  loadReadMs?: number;
  buildMs?: number;
  persistMs?: number;
  /** Characters of the stored snapshot's text parts (ids, metadata, terms, vocabulary). */
  storedChars?: number;
  /** Bytes of its binary parts (the posting lists). */
  storedBytes?: number;
  error?: string;
}

/** Messages from the search worker. */
export type SearchWorkerResponse =
  | { type: 'status'; status: SearchStatus }
  | { type: 'answer'; id: number; answer: SearchAnswer; tookMs: number }
  /** A search of a channel on which a newer search arrived before this one ran: it was not run. */
  | { type: 'dropped'; id: number };
