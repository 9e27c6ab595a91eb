import { CANCELLED, type IngestJob, type IngestMessage, type IngestResponse, type JobOutcome } from './ingest-protocol';
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
  onmessage: ((event: MessageEvent<IngestResponse>) => void) | null;
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

  constructor(options: IngestClientOptions = {}) {
    this.createWorker = options.createWorker ?? startIngestWorker;
    this.timeBudgetMs = options.timeBudgetMs ?? parseTimeBudgetMs;
  }

  private ensureWorker(): IngestWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      if (this.running?.job.id === event.data.id) this.finish(event.data.result);
    };
    worker.onerror = (event) => {
      // A crashed worker (out of memory, a stack overflow in a library) costs the file it was reading, not the queue.
      const job = this.running?.job.job;
      const name = job?.kind === 'file' ? `“${job.name}”` : 'The pasted text';
      this.stopWorker();
      this.finish({ ok: false, error: `${name} could not be read: the parser stopped (${event.message || 'it ran out of memory or crashed'}). Nothing was stored.` });
    };
    this.worker = worker;
    return worker;
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
