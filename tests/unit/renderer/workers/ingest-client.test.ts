import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IngestClient, crashReason } from '../../../../renderer/src/workers/ingest-client';
import type { IngestMessage, WorkerMessage } from '../../../../renderer/src/workers/ingest-protocol';

// A stand-in for the browser's Worker: the test decides what each started worker does with the jobs it is sent.
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  received: IngestMessage[] = [];
  terminated = false;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: IngestMessage): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
  /** The event a module worker raises when its script cannot be loaded: a plain Event, no message. */
  failToLoad(): void {
    this.onerror?.(new Event('error'));
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const bytes = new Uint8Array([65]);

describe('IngestClient', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the first files again to a fresh worker when the first one fails to start, so none of them fails', async () => {
    const client = new IngestClient();
    const first = client.parseFile('a.txt', bytes);
    const second = client.parseFile('b.txt', bytes);
    FakeWorker.started[0]?.failToLoad();
    const retry = FakeWorker.started[1];
    expect(retry?.received.map((m) => m.id)).toEqual([1, 2]);
    // pdf.js announces itself on the worker's channel; that is not an answer.
    retry?.answer({ sourceName: 'worker', targetName: 'main', action: 'ready' } as unknown as WorkerMessage);
    retry?.answer({ id: 1, result: { ok: true, docs: [] } });
    retry?.answer({ id: 2, result: { ok: true, docs: [] } });
    await expect(first).resolves.toEqual({ ok: true, docs: [] });
    await expect(second).resolves.toEqual({ ok: true, docs: [] });
  });

  it('fails the jobs with the real reason when the worker keeps failing, or crashes after it has worked', async () => {
    const client = new IngestClient();
    const job = client.parseFile('a.txt', bytes);
    FakeWorker.started[0]?.failToLoad();
    FakeWorker.started[1]?.failToLoad();
    await expect(job).resolves.toEqual({ ok: false, error: 'The parser stopped: its code could not be loaded, so it never started' });

    const later = client.parseFile('b.pdf', bytes);
    const worker = FakeWorker.started[2];
    worker?.answer({ id: 2, result: { ok: true, docs: [] } });
    await tick();
    const crashing = client.parseFile('c.pdf', bytes);
    worker?.answer({ kind: 'fault', reason: 'RangeError: Array buffer allocation failed' });
    worker?.failToLoad();
    await expect(later).resolves.toEqual({ ok: true, docs: [] });
    await expect(crashing).resolves.toEqual({ ok: false, error: 'The parser stopped: RangeError: Array buffer allocation failed' });
  });
});

describe('crashReason', () => {
  it('prefers the browser message with its place, then what the worker said', () => {
    const event = Object.assign(new Event('error'), { message: 'Uncaught TypeError: x is not a function', filename: 'ingest.worker.js', lineno: 12 });
    expect(crashReason(event, null, true)).toBe('Uncaught TypeError: x is not a function (ingest.worker.js:12)');
    expect(crashReason(new Event('error'), 'boom', true)).toBe('boom');
    expect(crashReason(new Event('error'), null, true)).toMatch(/crashed without giving a reason/u);
  });
});
