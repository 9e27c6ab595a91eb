/// <reference lib="webworker" />
import { FootnoteDatabase } from '../db/database';
import { SearchService } from './search-service';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-protocol';

// The search index lives here so that building it and answering queries never block typing.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let service: SearchService | null = null;

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
      void current.search(message.query, message.filters, message.limits).then((answer) => reply({ type: 'answer', id: message.id, answer, tookMs: performance.now() - started }));
      return;
    }
  }
};
