import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IngestClient, type IngestWorker } from '../../../../renderer/src/workers/ingest-client';
import type { IngestMessage, IngestResponse } from '../../../../renderer/src/workers/ingest-protocol';
import { parseTimeBudgetMs } from '../../../../renderer/src/workers/parse-budget';

// A worker that answers only when the test says so, and records whether it was terminated.
class FakeWorker implements IngestWorker {
  onmessage: ((event: MessageEvent<IngestResponse>) => void) | null = null;
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
    this.onmessage?.({ data: { id, result: { ok: true, docs: [] } } } as unknown as MessageEvent<IngestResponse>);
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
    workers[0]!.onerror?.({ message: 'Uncaught RangeError: Array buffer allocation failed' } as unknown as ErrorEvent);
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
});
