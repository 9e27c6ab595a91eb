import type { IngestResult } from '../../../shared/ingest/ingest-file';

/** Work for the ingest worker: a file's bytes or pasted text. */
export type IngestJob = { kind: 'file'; name: string; bytes: Uint8Array; maxBytes?: number } | { kind: 'paste'; text: string };

/** A job as sent, with the id its answer carries back. */
export type IngestRequest = IngestJob & { id: number };

/** Asks the worker to drop a job: a queued one is never started, a running one stops at its next check. */
export interface CancelRequest {
  kind: 'cancel';
  id: number;
}

/** Any message the worker accepts. */
export type IngestMessage = IngestRequest | CancelRequest;

/** A job's outcome: the parse result, or word that it was cancelled before it finished. */
export type JobOutcome = IngestResult | { ok: false; cancelled: true; error: string };

/** The outcome of a cancelled job. */
export const CANCELLED: JobOutcome = { ok: false, cancelled: true, error: 'Import cancelled.' };

/** The worker's answer to one request. */
export type IngestResponse = { id: number; result: JobOutcome };

/** The worker's word that something outside any job went wrong, sent before the browser reports the crash without its reason. */
export interface WorkerFault {
  kind: 'fault';
  reason: string;
}

/** Anything the worker posts to the page. */
export type WorkerMessage = IngestResponse | WorkerFault;
