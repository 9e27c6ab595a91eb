import { describeParserError } from '../../../shared/ingest/plain-error-messages';
import { CANCELLED, type IngestMessage, type IngestRequest, type IngestResponse, type JobOutcome } from './ingest-protocol';

/** Runs one job; `isCancelled` turns true when the job is cancelled while it runs. */
export type RunJob = (request: IngestRequest, isCancelled: () => boolean) => Promise<JobOutcome>;

/**
 * The ingest worker's job queue. Jobs run one at a time, in the order they arrive: memory stays bounded by one file,
 * and each answer marks one more file done. A cancelled job is answered at once if it has not started; if it is
 * running, its result is replaced by the cancellation and the parser is told to stop at its next check.
 */
export class IngestQueue {
  private readonly queue: IngestRequest[] = [];
  private running: { id: number; cancelled: boolean } | null = null;

  constructor(
    private readonly run: RunJob,
    private readonly post: (response: IngestResponse) => void,
  ) {}

  /** Takes a message from the page: a job to queue or a job to cancel. */
  receive(message: IngestMessage): void {
    if (message.kind === 'cancel') this.cancel(message.id);
    else {
      this.queue.push(message);
      void this.drain();
    }
  }

  private cancel(id: number): void {
    const index = this.queue.findIndex((request) => request.id === id);
    if (index >= 0) {
      this.queue.splice(index, 1);
      this.answer(id, CANCELLED);
    } else if (this.running?.id === id) {
      this.running.cancelled = true;
    }
  }

  // A result the channel cannot carry (a value that cannot be cloned) would otherwise escape as an error with no job
  // attached; it is answered as that job's failure instead.
  private answer(id: number, result: JobOutcome): void {
    try {
      this.post({ id, result });
    } catch (error) {
      this.post({ id, result: { ok: false, error: `The parsed document could not be handed back: ${error instanceof Error ? error.message : String(error)}` } });
    }
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    for (let request = this.queue.shift(); request; request = this.queue.shift()) {
      const job = { id: request.id, cancelled: false };
      this.running = job;
      let result: JobOutcome;
      try {
        result = await this.run(request, () => job.cancelled);
      } catch (error) {
        // A parser bug must cost one file, never the worker and the files queued behind it.
        const name = request.kind === 'file' ? `“${request.name}”` : 'The pasted text';
        result = { ok: false, error: `${name}: ${describeParserError(error)}` };
      }
      this.answer(request.id, job.cancelled ? CANCELLED : result);
    }
    this.running = null;
  }
}
