import { describe, expect, it } from 'vitest';
import { afterNextPaint, PAINT_FALLBACK_MS, type PaintClock } from '../../../../renderer/src/ui/after-next-paint';

/** A page's frames and timers, advanced by hand. */
function fakeClock() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  const clock: PaintClock = {
    requestAnimationFrame: (callback) => {
      frames.set(next, callback);
      return next++;
    },
    cancelAnimationFrame: (handle) => frames.delete(handle),
    setTimeout: (callback, ms) => {
      timers.set(next, { at: now + ms, run: callback });
      return next++ as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimeout: (handle) => timers.delete(handle as unknown as number),
  };
  return {
    clock,
    /** Draws a frame: its animation callbacks run, and the messages they post arrive afterwards. */
    paint: async () => {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback();
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
    advance: (ms: number) => {
      now += ms;
      for (const [id, timer] of [...timers]) if (timer.at <= now) {
        timers.delete(id);
        timer.run();
      }
    },
  };
}

describe('afterNextPaint', () => {
  it('runs the task once the next frame has been drawn, not before, and only once', async () => {
    const page = fakeClock();
    const runs: string[] = [];
    afterNextPaint(() => runs.push('task'), page.clock);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toEqual([]);
    await page.paint();
    expect(runs).toEqual(['task']);
    page.advance(PAINT_FALLBACK_MS);
    await page.paint();
    expect(runs).toEqual(['task']);
  });

  it('runs the task after the fallback delay when no frame is drawn (a hidden page)', () => {
    const page = fakeClock();
    const runs: string[] = [];
    afterNextPaint(() => runs.push('task'), page.clock);
    page.advance(PAINT_FALLBACK_MS - 1);
    expect(runs).toEqual([]);
    page.advance(1);
    expect(runs).toEqual(['task']);
  });

  it('never runs a cancelled task', async () => {
    const page = fakeClock();
    const runs: string[] = [];
    const cancel = afterNextPaint(() => runs.push('task'), page.clock);
    cancel();
    await page.paint();
    page.advance(PAINT_FALLBACK_MS);
    expect(runs).toEqual([]);
  });

  it('never runs a task cancelled after its frame, before the message arrives', async () => {
    const page = fakeClock();
    const runs: string[] = [];
    const cancel = afterNextPaint(() => runs.push('task'), page.clock);
    const drawn = page.paint();
    cancel();
    await drawn;
    expect(runs).toEqual([]);
  });
});
