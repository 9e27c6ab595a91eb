/// <reference lib="webworker" />
import { ingestPastedText } from '../../../shared/ingest/ingest-file';
import { IngestQueue } from './ingest-queue';
import type { IngestMessage, WorkerFault } from './ingest-protocol';
import { ingestAnyFile } from './parsers/ingest-any-file';

// Parsing a large file takes long enough to freeze the UI, so it runs here. Everything imported runs without DOM
// globals: linkedom stands in for the DOM and pdf.js runs on this thread.
const queue = new IngestQueue(
  async (request, isCancelled) => {
    if (request.kind === 'paste') return ingestPastedText(request.text);
    return ingestAnyFile(request.name, request.bytes, request.maxBytes === undefined ? { isCancelled } : { isCancelled, maxBytes: request.maxBytes });
  },
  (response) => self.postMessage(response),
);

self.onmessage = (event: MessageEvent<IngestMessage>) => queue.receive(event.data);

// The page's `error` event often arrives without a message (a module that failed to load, an error from another
// origin); the worker says first what went wrong, so the failure carries its real reason.
function reportFault(reason: unknown): void {
  const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  self.postMessage({ kind: 'fault', reason: text } satisfies WorkerFault);
}
self.addEventListener('error', (event) => reportFault(event.error ?? event.message));
self.addEventListener('unhandledrejection', (event) => reportFault(event.reason));
