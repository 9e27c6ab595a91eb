import { CANCELLED, type IngestJob, type IngestMessage, type JobOutcome, type WorkerMessage } from './ingest-protocol';
import { parseTimeBudgetMs, timeoutMessage } from './parse-budget';

/** How to parse one file. */
export interface ParseFileOptions {
  /** Files over this size are refused unread; defaults to 50 MB. */
  maxBytes?: number;
  /** Aborting answers the job as cancelled at once; if it is running, the worker is stopped with it. */
  signal?: AbortSignal;
}

/** The part of a `Worker` the client uses, so tests can stand in a fake. */
export interface IngestWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  // A worker whose script never loaded raises a plain Event typed as an ErrorEvent, with no message.
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: IngestMessage): void;
  terminate(): void;
}

/** What the client is built with; the defaults start the real worker and use the size-scaled time budget. */
export interface IngestClientOptions {
  createWorker?: () => IngestWorker;
  timeBudgetMs?: (job: IngestJob) => number;
}

interface Job {
  id: number;
  job: IngestJob;
  resolve: (result: JobOutcome) => void;
}

// A worker that fails before it has answered anything failed to start (its code did not load, say, while the dev
// server re-bundled dependencies under load); its job is sent once more to a fresh worker before it is failed.
const START_RETRIES = 1;

function startIngestWorker(): IngestWorker {
  return new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
}

/**
 * Parses files and pasted text in a worker, one job at a time, answered in the order they were sent. A job that runs
 * past its time budget, or is cancelled while it runs, is stopped by terminating the worker: a parser stuck in a loop
 * never checks a flag, and terminating is the only way to free its memory. The next job starts a fresh worker.
 */
export class IngestClient {
  private worker: IngestWorker | null = null;
  private nextId = 1;
  private readonly waiting: Job[] = [];
  private running: { job: Job; timer: ReturnType<typeof setTimeout> } | null = null;
  private readonly createWorker: () => IngestWorker;
  private readonly timeBudgetMs: (job: IngestJob) => number;
  /** Whether the current worker has answered a job: after that, a crash is not a failure to start. */
  private answered = false;
  private startRetries = START_RETRIES;
  /** What the worker said went wrong outside any job, sent before the browser reports the crash without its reason. */
  private lastFault: string | null = null;

  constructor(options: IngestClientOptions = {}) {
    this.createWorker = options.createWorker ?? startIngestWorker;
    this.timeBudgetMs = options.timeBudgetMs ?? parseTimeBudgetMs;
  }

  private ensureWorker(): IngestWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    this.answered = false;
    this.lastFault = null;
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => this.crashed(event);
    this.worker = worker;
    return worker;
  }

  private receive(data: WorkerMessage): void {
    if ('kind' in data) {
      this.lastFault = data.reason;
      return;
    }
    // pdf.js, loaded in the worker, announces itself on the same channel; only answers to jobs carry an id.
    if (typeof data.id !== 'number') return;
    this.answered = true;
    if (this.running?.job.id === data.id) this.finish(data.result);
  }

  private crashed(event: ErrorEvent | Event): void {
    event.preventDefault();
    const reason = crashReason(event, this.lastFault, this.answered);
    // A worker whose script never loaded raises a bare event; one that crashed while reading says why.
    const failedToStart = !this.answered && !(event as Partial<ErrorEvent>).message;
    this.stopWorker();
    const running = this.running?.job;
    if (!running) return;
    if (failedToStart && this.startRetries > 0) {
      this.startRetries--;
      this.ensureWorker().postMessage({ ...running.job, id: running.id });
      return;
    }
    // A crashed worker (out of memory, a stack overflow in a library) costs the file it was reading, not the queue.
    const name = running.job.kind === 'file' ? `“${running.job.name}”` : 'The pasted text';
    this.finish({ ok: false, error: `${name} could not be read: the parser stopped (${reason}). Nothing was stored.` });
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private finish(result: JobOutcome): void {
    if (!this.running) return;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = null;
    job.resolve(result);
    this.startNext();
  }

  private startNext(): void {
    if (this.running) return;
    const next = this.waiting.shift();
    if (!next) return;
    const budget = this.timeBudgetMs(next.job);
    const timer = setTimeout(() => {
      this.stopWorker();
      this.finish({ ok: false, error: timeoutMessage(next.job, budget) });
    }, budget);
    this.running = { job: next, timer };
    this.ensureWorker().postMessage({ ...next.job, id: next.id });
  }

  private send(job: IngestJob, signal?: AbortSignal): Promise<JobOutcome> {
    if (signal?.aborted) return Promise.resolve(CANCELLED);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.push({ id, job, resolve });
      signal?.addEventListener('abort', () => this.cancel(id), { once: true });
      this.startNext();
    });
  }

  private cancel(id: number): void {
    if (this.running?.job.id === id) {
      this.stopWorker();
      this.finish(CANCELLED);
      return;
    }
    const index = this.waiting.findIndex((j) => j.id === id);
    if (index >= 0) this.waiting.splice(index, 1)[0]?.resolve(CANCELLED);
  }

  /** Parses a file's bytes; they are copied to the worker, so the caller keeps them for provenance. */
  parseFile(name: string, bytes: Uint8Array, options: ParseFileOptions = {}): Promise<JobOutcome> {
    const job: IngestJob = options.maxBytes === undefined ? { kind: 'file', name, bytes } : { kind: 'file', name, bytes, maxBytes: options.maxBytes };
    return this.send(job, options.signal);
  }

  /** Parses pasted text. */
  parseText(text: string): Promise<JobOutcome> {
    return this.send({ kind: 'paste', text });
  }

  /** Cancels every job not yet answered; each is answered as cancelled at once, and a running one is stopped. */
  cancelAll(): void {
    for (const job of [...this.waiting]) this.cancel(job.id);
    if (this.running) this.cancel(this.running.job.id);
  }
}

/** Why the worker stopped, in words: the browser's message, else what the worker said, else what its timing shows. */
export function crashReason(event: ErrorEvent | Event, fault: string | null, answered: boolean): string {
  const error = event as Partial<ErrorEvent>;
  if (error.message) return error.filename ? `${error.message} (${error.filename}:${error.lineno ?? 0})` : error.message;
  if (fault) return fault;
  return answered ? 'its worker crashed without giving a reason (out of memory?)' : 'its code could not be loaded, so it never started';
}
