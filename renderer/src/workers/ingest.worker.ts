/// <reference lib="webworker" />
import { ingestFile, ingestPastedText } from '../../../shared/ingest/ingest-file';
import type { IngestRequest, IngestResponse } from './ingest-protocol';

// Parsing a large file takes long enough to freeze the UI, so it runs here.
self.onmessage = (event: MessageEvent<IngestRequest>) => {
  const request = event.data;
  let response: IngestResponse;
  try {
    const result = request.kind === 'file' ? ingestFile(request.name, request.bytes) : ingestPastedText(request.text);
    response = { id: request.id, result };
  } catch (error) {
    const name = request.kind === 'file' ? `“${request.name}”` : 'The pasted text';
    response = { id: request.id, result: { ok: false, error: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}` } };
  }
  self.postMessage(response);
};
