/// <reference lib="webworker" />
import { FootnoteDatabase } from '../db/database';
import { SearchService } from './search-service';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-protocol';

// The search index lives here so that building it and answering queries never block typing.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let service: SearchService | null = null;
// The newest search per channel (one per search box): an older one still waiting behind a change or a rebuild is
// dropped rather than answered, so a burst of keystrokes during an import costs one search, not one per key.
const newest = new Map<string, number>();

const reply = (message: SearchWorkerResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const message = event.data;
  switch (message.type) {
    case 'open': {
      service?.close();
      service = new SearchService(new FootnoteDatabase(message.dbName), (status) => reply({ type: 'status', status }));
      void service.open();
      return;
    }
    case 'changes':
      void service?.applyChanges(message.changes);
      return;
    case 'rebuild':
      void service?.rebuild();
      return;
    case 'persist':
      void service?.persist();
      return;
    case 'search': {
      const started = performance.now();
      const current = service;
      if (!current) return;
      const { id, channel } = message;
      if (channel) newest.set(channel, id);
      const stale = () => channel !== undefined && newest.get(channel) !== id;
      void current.search(message.query, message.filters, message.limits, stale).then((answer) =>
        reply(answer ? { type: 'answer', id, answer, tookMs: performance.now() - started } : { type: 'dropped', id }),
      );
      return;
    }
  }
};
