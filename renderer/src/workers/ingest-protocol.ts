import type { IngestResult } from '../../../shared/ingest/ingest-file';

/** Work for the ingest worker: a file's bytes or pasted text. */
export type IngestJob = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'paste'; text: string };

/** A job as sent, with the id its answer carries back. */
export type IngestRequest = IngestJob & { id: number };

/** The worker's answer to one request. */
export type IngestResponse = { id: number; result: IngestResult };
