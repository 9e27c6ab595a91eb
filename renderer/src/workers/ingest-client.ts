import { CANCELLED, type IngestJob, type IngestMessage, type JobOutcome, type WorkerMessage } from './ingest-protocol';

interface Pending {
  resolve: (result: JobOutcome) => void;
  message: IngestMessage;
}

// A worker that fails before it has answered anything failed to start (its code did not load, say, while the dev
// server re-bundled dependencies under load); its jobs are sent once more to a fresh worker before they are failed.
const START_RETRIES = 1;

/** How to parse one file. */
export interface ParseFileOptions {
  /** Files over this size are refused unread; defaults to 50 MB. */
  maxBytes?: number;
  /** Aborting answers the job as cancelled at once; the worker skips it, or stops it at its next check. */
  signal?: AbortSignal;
}

/** Parses files and pasted text in a worker, one promise per request, answered in the order they were sent. */
export class IngestClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** Whether the current worker has answered a job: after that, a crash is not a failure to start. */
  private answered = false;
  private startRetries = START_RETRIES;
  private lastFault: string | null = null;

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
    this.answered = false;
    this.lastFault = null;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data);
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
    this.pending.get(data.id)?.resolve(data.result);
    this.pending.delete(data.id);
  }

  private crashed(event: ErrorEvent | Event): void {
    event.preventDefault();
    const reason = crashReason(event, this.lastFault, this.answered);
    this.worker?.terminate();
    this.worker = null;
    if (!this.answered && this.startRetries > 0 && this.pending.size > 0) {
      this.startRetries--;
      const worker = this.ensureWorker();
      for (const { message } of [...this.pending.values()].sort((a, b) => messageId(a.message) - messageId(b.message))) worker.postMessage(message);
      return;
    }
    // A crashed worker fails every request in flight rather than leaving them waiting forever.
    for (const { resolve } of this.pending.values()) resolve({ ok: false, error: `The parser stopped: ${reason}` });
    this.pending.clear();
  }

  private send(job: IngestJob, signal?: AbortSignal): Promise<JobOutcome> {
    if (signal?.aborted) return Promise.resolve(CANCELLED);
    const id = this.nextId++;
    const message: IngestMessage = { ...job, id };
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, message });
      signal?.addEventListener('abort', () => this.cancel(id), { once: true });
      this.ensureWorker().postMessage(message);
    });
  }

  private cancel(id: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    pending.resolve(CANCELLED);
    this.worker?.postMessage({ kind: 'cancel', id } satisfies IngestMessage);
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

  /** Cancels every job not yet answered; each is answered as cancelled at once. */
  cancelAll(): void {
    for (const id of [...this.pending.keys()]) this.cancel(id);
  }
}

function messageId(message: IngestMessage): number {
  return message.id;
}

/** Why the worker stopped, in words: the browser's message, else what the worker said, else what its timing shows. */
export function crashReason(event: ErrorEvent | Event, fault: string | null, answered: boolean): string {
  const error = event as Partial<ErrorEvent>;
  if (error.message) return error.filename ? `${error.message} (${error.filename}:${error.lineno ?? 0})` : error.message;
  if (fault) return fault;
  return answered ? 'its worker crashed without giving a reason (out of memory?)' : 'its code could not be loaded, so it never started';
}
