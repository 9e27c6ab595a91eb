import Dexie from 'dexie';
import type { SearchAnswer, SearchLimits } from '../../../shared/search/search-index';
import { tableChanges } from './search-changes';
import type { SearchRequestFilters, SearchStatus, SearchWorkerRequest, SearchWorkerResponse } from './search-protocol';

/** A search's answer and how long the worker took to give it. */
export interface SearchResult {
  answer: SearchAnswer;
  tookMs: number;
}

/**
 * The UI's handle on the search worker. It follows every committed write to the workspace database through Dexie's
 * `storagemutated` event (one subscription, whatever operation wrote) and forwards the changed keys to the worker,
 * which re-reads those records; no write operation needs to know the index exists.
 */
export class SearchClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, (result: SearchResult | null) => void>();
  private newest = new Map<string, number>();
  private listeners = new Set<(status: SearchStatus) => void>();
  private unsubscribe: () => void;
  status: SearchStatus = { state: 'loading', size: { source: 0, annotation: 0, claim: 0 } };
  /** Counts the committed writes forwarded to the index: what was read for a result before a change may be stale. */
  dataVersion = 0;

  constructor(dbName: string, worker: Worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' })) {
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<SearchWorkerResponse>) => {
      const message = event.data;
      if (message.type === 'status') {
        this.status = message.status;
        for (const l of this.listeners) l(message.status);
      } else {
        this.pending.get(message.id)?.(message.type === 'answer' ? { answer: message.answer, tookMs: message.tookMs } : null);
        this.pending.delete(message.id);
      }
    };
    const onMutated = (parts: Record<string, unknown>) => {
      const changes = tableChanges(parts, dbName);
      if (changes === 'all' || changes.length > 0) {
        this.dataVersion++;
        this.send({ type: 'changes', changes });
      }
    };
    Dexie.on('storagemutated', onMutated);
    this.unsubscribe = () => Dexie.on('storagemutated').unsubscribe(onMutated);
    this.send({ type: 'open', dbName });
  }

  private send(message: SearchWorkerRequest): void {
    this.worker.postMessage(message);
  }

  /** Searches; every search is answered, in order. */
  search(query: string, filters: SearchRequestFilters = {}, limits?: SearchLimits): Promise<SearchResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (result) => result && resolve(result));
      this.send(limits ? { type: 'search', id, query, filters, limits } : { type: 'search', id, query, filters });
    });
  }

  /**
   * Searches for a search box (`channel`) that shows only its latest query: resolves null instead of an answer when a
   * newer search on the same channel was asked meanwhile, and the worker skips it if it has not started yet.
   */
  searchLatest(channel: string, query: string, filters: SearchRequestFilters = {}, limits?: SearchLimits): Promise<SearchResult | null> {
    const id = this.nextId++;
    this.newest.set(channel, id);
    return new Promise((resolve) => {
      this.pending.set(id, (result) => resolve(this.newest.get(channel) === id ? result : null));
      this.send({ type: 'search', id, query, filters, channel, ...(limits ? { limits } : {}) });
    });
  }

  /** Rebuilds the index from every record (the repair command). */
  rebuild(): void {
    this.send({ type: 'rebuild' });
  }

  /** Stores the index now rather than after the usual pause. */
  persist(): void {
    this.send({ type: 'persist' });
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  onStatus(listener: (status: SearchStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops following changes and ends the worker. */
  dispose(): void {
    this.unsubscribe();
    this.worker.terminate();
  }
}
