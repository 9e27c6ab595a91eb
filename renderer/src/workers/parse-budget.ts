import { formatBytes } from '../../../shared/ingest/limits';
import type { IngestJob } from './ingest-protocol';

// A real 50 MB PDF parses in well under a minute on a slow laptop; a file that takes longer is built to hang the
// parser (or the machine is swapping). The base covers a worker's start and pdf.js's first load.
const BASE_PARSE_MS = 20_000;
const PARSE_MS_PER_MB = 2_000;

/** How long one job may run in the worker before it is stopped: a base plus a share per megabyte. */
export function parseTimeBudgetMs(job: IngestJob): number {
  const bytes = job.kind === 'file' ? job.bytes.length : job.text.length * 2;
  return BASE_PARSE_MS + Math.ceil((bytes / (1024 * 1024)) * PARSE_MS_PER_MB);
}

/** What the user is told when a job was stopped for running past its budget: which file, why, and what to do. */
export function timeoutMessage(job: IngestJob, budgetMs: number): string {
  const what = job.kind === 'file' ? `“${job.name}” (${formatBytes(job.bytes.length)})` : 'The pasted text';
  return `${what} was stopped: reading it took longer than ${Math.round(budgetMs / 1000)} s, the limit for a file of its size. Nothing was stored. A document built to hang a parser looks like this; if it is a real document, save it in another format (PDF or plain text) or split it, and import it again.`;
}
