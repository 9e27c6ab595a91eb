import type { IngestResult } from '../../../shared/ingest/ingest-file';
import type { IngestJob, IngestRequest, IngestResponse } from './ingest-protocol';

type Pending = (result: IngestResult) => void;

/** Parses files and pasted text in a worker, one promise per request. */
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

  private send(job: IngestJob): Promise<IngestResult> {
    const request: IngestRequest = { ...job, id: this.nextId++ };
    return new Promise((resolve) => {
      this.pending.set(request.id, resolve);
      this.ensureWorker().postMessage(request);
    });
  }

  /** Parses a file's bytes; they are copied to the worker, so the caller keeps them for provenance. */
  parseFile(name: string, bytes: Uint8Array): Promise<IngestResult> {
    return this.send({ kind: 'file', name, bytes });
  }

  /** Parses pasted text. */
  parseText(text: string): Promise<IngestResult> {
    return this.send({ kind: 'paste', text });
  }
}
