import { CANCELLED, type IngestJob, type IngestMessage, type IngestResponse, type JobOutcome } from './ingest-protocol';

type Pending = (result: JobOutcome) => void;

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

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
    worker.onmessage = (event: MessageEvent<IngestResponse>) => {
      this.pending.get(event.data.id)?.(event.data.result);
      this.pending.delete(event.data.id);
    };
    worker.onerror = (event) => {
      // A crashed worker fails every request in flight rather than leaving them waiting forever.
      for (const resolve of this.pending.values()) resolve({ ok: false, error: `The parser stopped: ${event.message || 'unknown error'}` });
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  private send(job: IngestJob, signal?: AbortSignal): Promise<JobOutcome> {
    if (signal?.aborted) return Promise.resolve(CANCELLED);
    const id = this.nextId++;
    const message: IngestMessage = { ...job, id };
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      signal?.addEventListener('abort', () => this.cancel(id), { once: true });
      this.ensureWorker().postMessage(message);
    });
  }

  private cancel(id: number): void {
    const resolve = this.pending.get(id);
    if (!resolve) return;
    this.pending.delete(id);
    resolve(CANCELLED);
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
