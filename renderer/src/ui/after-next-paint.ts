/** What `afterNextPaint` needs from the page, passed in so tests can drive the frames. */
export interface PaintClock {
  requestAnimationFrame: (callback: () => void) => number;
  cancelAnimationFrame: (handle: number) => void;
  setTimeout: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimeout: (handle: ReturnType<typeof setTimeout>) => void;
}

const browserClock: PaintClock = {
  requestAnimationFrame: (callback) => requestAnimationFrame(callback),
  cancelAnimationFrame: (handle) => cancelAnimationFrame(handle),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};

/** How long a hidden page, which draws no frames, waits before running the task anyway. */
export const PAINT_FALLBACK_MS = 250;

/**
 * Runs `task` once, after the frame being prepared has been painted: in a message posted from that frame's animation
 * callback, which the browser runs once the frame is drawn (the usual "after next paint" approximation). Work that
 * would otherwise share the frame (reading the rows' texts, drawing their snippets) so lets the results show first.
 * A page that draws no frames (hidden) runs the task after `PAINT_FALLBACK_MS`. Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void, clock: PaintClock = browserClock): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clock.cancelAnimationFrame(frame);
    clock.clearTimeout(fallback);
    task();
  };
  const frame = clock.requestAnimationFrame(() => {
    if (done) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
  const fallback = clock.setTimeout(run, PAINT_FALLBACK_MS);
  return () => {
    done = true;
    clock.cancelAnimationFrame(frame);
    clock.clearTimeout(fallback);
  };
}
