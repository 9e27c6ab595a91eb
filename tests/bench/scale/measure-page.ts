// Timings taken inside the page: from an action to the frame after what it should show is in the DOM, with the
// longest task (PerformanceObserver 'longtask') seen meanwhile.
import type { CDPSession, Page } from '@playwright/test';

/** Installs the long-task recorder; call before the first navigation. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The time from running `action` (a script in the page) until `done` (a script in the page) is true, and the longest task meanwhile. */
export async function timeInPage(page: Page, action: string, done: string, timeoutMs = 120_000): Promise<{ ms: number; longest: number }> {
  return page.evaluate(
    ({ action, done, timeoutMs }) =>
      new Promise<{ ms: number; longest: number }>((resolve, reject) => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        const t0 = performance.now();
        new Function(action)();
        const check = new Function(`return Boolean(${done});`) as () => boolean;
        const poll = () => {
          if (check()) {
            requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, longest: w.__longest }), 0));
          } else if (performance.now() - t0 > timeoutMs) reject(new Error(`timed out waiting for ${done}`));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    { action, done, timeoutMs },
  );
}

/** The longest task since the recorder was last reset. */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/** JS heap in use after a garbage collection, in MB. */
export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}
