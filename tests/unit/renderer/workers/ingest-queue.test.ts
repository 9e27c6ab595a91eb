import { describe, expect, it } from 'vitest';
import { CANCELLED, type IngestRequest, type IngestResponse, type JobOutcome } from '../../../../renderer/src/workers/ingest-protocol';
import { IngestQueue } from '../../../../renderer/src/workers/ingest-queue';

function file(id: number): IngestRequest {
  return { kind: 'file', id, name: `f${id}.txt`, bytes: new Uint8Array([65]) };
}

// A job that finishes when the test says so, and reports whether it saw its cancellation.
function controllableRun() {
  const gates = new Map<number, (outcome: JobOutcome) => void>();
  const sawCancel = new Map<number, () => boolean>();
  const started: number[] = [];
  const run = (request: IngestRequest, isCancelled: () => boolean) =>
    new Promise<JobOutcome>((resolve) => {
      started.push(request.id);
      gates.set(request.id, resolve);
      sawCancel.set(request.id, isCancelled);
    });
  const finish = async (id: number) => {
    gates.get(id)?.({ ok: true, docs: [] });
    await new Promise((r) => setTimeout(r, 0));
  };
  return { run, finish, started, sawCancel };
}

describe('IngestQueue', () => {
  it('runs jobs one at a time, in order, answering each', async () => {
    const posted: IngestResponse[] = [];
    const control = controllableRun();
    const queue = new IngestQueue(control.run, (r) => posted.push(r));
    queue.receive(file(1));
    queue.receive(file(2));
    expect(control.started).toEqual([1]);
    await control.finish(1);
    expect(control.started).toEqual([1, 2]);
    await control.finish(2);
    expect(posted.map((r) => r.id)).toEqual([1, 2]);
  });

  it('answers a queued job as cancelled at once and never starts it', async () => {
    const posted: IngestResponse[] = [];
    const control = controllableRun();
    const queue = new IngestQueue(control.run, (r) => posted.push(r));
    queue.receive(file(1));
    queue.receive(file(2));
    queue.receive(file(3));
    queue.receive({ kind: 'cancel', id: 2 });
    expect(posted).toEqual([{ id: 2, result: CANCELLED }]);
    await control.finish(1);
    await control.finish(3);
    expect(control.started).toEqual([1, 3]);
  });

  it('tells a running job it was cancelled and replaces its result', async () => {
    const posted: IngestResponse[] = [];
    const control = controllableRun();
    const queue = new IngestQueue(control.run, (r) => posted.push(r));
    queue.receive(file(1));
    queue.receive({ kind: 'cancel', id: 1 });
    expect(control.sawCancel.get(1)?.()).toBe(true);
    await control.finish(1);
    expect(posted).toEqual([{ id: 1, result: CANCELLED }]);
  });

  it('turns a parser that throws into one failed file and goes on', async () => {
    const posted: IngestResponse[] = [];
    const queue = new IngestQueue(async (request) => {
      if (request.id === 1) throw new Error('boom');
      return { ok: true, docs: [] };
    }, (r) => posted.push(r));
    queue.receive(file(1));
    queue.receive(file(2));
    await new Promise((r) => setTimeout(r, 0));
    expect(posted).toEqual([
      { id: 1, result: { ok: false, error: '“f1.txt”: This file could not be read (boom)' } },
      { id: 2, result: { ok: true, docs: [] } },
    ]);
  });
});
