import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IngestClient, crashReason, type IngestWorker } from '../../../../renderer/src/workers/ingest-client';
import type { IngestMessage, WorkerMessage } from '../../../../renderer/src/workers/ingest-protocol';
import { parseTimeBudgetMs } from '../../../../renderer/src/workers/parse-budget';

// A worker that answers only when the test says so, and records whether it was terminated.
class FakeWorker implements IngestWorker {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: IngestMessage[] = [];
  terminated = false;
  postMessage(message: IngestMessage): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(id: number): void {
    this.send({ id, result: { ok: true, docs: [] } });
  }
  send(message: WorkerMessage): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
  /** The event a module worker raises when its script cannot be loaded: a plain Event, no message. */
  failToLoad(): void {
    this.onerror?.(new Event('error') as ErrorEvent);
  }
}

function clientWithFakes(budgetMs = 1000) {
  const workers: FakeWorker[] = [];
  const client = new IngestClient({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    timeBudgetMs: () => budgetMs,
  });
  return { client, workers };
}

const bytes = new Uint8Array([60, 100, 105, 118, 62]);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('IngestClient', () => {
  it('sends one job at a time and answers in order', async () => {
    const { client, workers } = clientWithFakes();
    const first = client.parseFile('a.html', bytes);
    const second = client.parseFile('b.html', bytes);
    expect(workers[0]!.received.map((m) => m.kind === 'file' && m.name)).toEqual(['a.html']);
    workers[0]!.answer(1);
    expect(await first).toEqual({ ok: true, docs: [] });
    expect(workers[0]!.received.map((m) => m.kind === 'file' && m.name)).toEqual(['a.html', 'b.html']);
    workers[0]!.answer(2);
    expect(await second).toEqual({ ok: true, docs: [] });
    expect(workers).toHaveLength(1);
  });

  it('stops a job that runs past its budget, names the file and why, and runs the next one in a fresh worker', async () => {
    const { client, workers } = clientWithFakes(5000);
    const stuck = client.parseFile('deep.html', bytes);
    const next = client.parseFile('next.txt', bytes);
    vi.advanceTimersByTime(5000);
    expect(await stuck).toEqual({ ok: false, error: expect.stringMatching(/^“deep\.html” \(5 B\) was stopped: reading it took longer than 5 s.*Nothing was stored/) });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.received.map((m) => m.kind === 'file' && m.name)).toEqual(['next.txt']);
    workers[1]!.answer(2);
    expect(await next).toEqual({ ok: true, docs: [] });
  });

  it('on cancel, terminates the worker running the job, so later imports do not wait behind it', async () => {
    const { client, workers } = clientWithFakes();
    const controller = new AbortController();
    const running = client.parseFile('huge.html', bytes, { signal: controller.signal });
    const queued = client.parseFile('queued.txt', bytes, { signal: controller.signal });
    controller.abort();
    expect(await running).toMatchObject({ ok: false, cancelled: true });
    expect(await queued).toMatchObject({ ok: false, cancelled: true });
    expect(workers[0]!.terminated).toBe(true);
    const later = client.parseFile('later.txt', bytes);
    workers.at(-1)!.answer(3);
    expect(await later).toEqual({ ok: true, docs: [] });
  });

  it('fails only the file in flight when the worker crashes', async () => {
    const { client, workers } = clientWithFakes();
    const crashing = client.parseFile('bomb.docx', bytes);
    const after = client.parseText('pasted');
    workers[0]!.onerror?.(Object.assign(new Event('error'), { message: 'Uncaught RangeError: Array buffer allocation failed' }) as ErrorEvent);
    expect(await crashing).toEqual({ ok: false, error: expect.stringMatching(/^“bomb\.docx” could not be read: the parser stopped \(Uncaught RangeError/) });
    workers[1]!.answer(2);
    expect(await after).toEqual({ ok: true, docs: [] });
  });

  it('gives a bigger file a longer budget', () => {
    const small = parseTimeBudgetMs({ kind: 'file', name: 'a', bytes: new Uint8Array(1) });
    const big = parseTimeBudgetMs({ kind: 'file', name: 'a', bytes: new Uint8Array(50 * 1024 * 1024) });
    expect(small).toBe(20_001);
    expect(big).toBe(120_000);
  });

  it('sends the job again to a fresh worker when the first one fails to start, so it does not fail', async () => {
    const { client, workers } = clientWithFakes();
    const first = client.parseFile('a.txt', bytes);
    workers[0]!.failToLoad();
    expect(workers[1]!.received.map((m) => m.id)).toEqual([1]);
    // pdf.js announces itself on the worker's channel; that is not an answer.
    workers[1]!.send({ sourceName: 'worker', targetName: 'main', action: 'ready' } as unknown as WorkerMessage);
    workers[1]!.answer(1);
    expect(await first).toEqual({ ok: true, docs: [] });
  });

  it('fails the job with the real reason when the worker keeps failing to start, or says why it crashed', async () => {
    const { client, workers } = clientWithFakes();
    const job = client.parseFile('a.txt', bytes);
    workers[0]!.failToLoad();
    workers[1]!.failToLoad();
    expect(await job).toEqual({ ok: false, error: '“a.txt” could not be read: the parser stopped (its code could not be loaded, so it never started). Nothing was stored.' });

    const later = client.parseFile('b.pdf', bytes);
    workers[2]!.answer(2);
    expect(await later).toEqual({ ok: true, docs: [] });
    const crashing = client.parseFile('c.pdf', bytes);
    workers[2]!.send({ kind: 'fault', reason: 'RangeError: Array buffer allocation failed' });
    workers[2]!.failToLoad();
    expect(await crashing).toEqual({ ok: false, error: '“c.pdf” could not be read: the parser stopped (RangeError: Array buffer allocation failed). Nothing was stored.' });
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
