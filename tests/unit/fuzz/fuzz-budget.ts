import { expect } from 'vitest';

/** Runs and failures of one fuzz target, and its slowest input, printed at the end for the figures. */
export interface FuzzTally {
  target: string;
  runs: number;
  slowestMs: number;
}

/** Runs `fn` on one input and checks it finished within `budgetMs`; counts the run in `tally`. */
export async function withinBudget<T>(tally: FuzzTally, budgetMs: number, fn: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  const took = performance.now() - started;
  tally.runs++;
  tally.slowestMs = Math.max(tally.slowestMs, took);
  expect(took, `${tally.target}: one input took ${Math.round(took)} ms, over its ${budgetMs} ms budget`).toBeLessThan(budgetMs);
  return result;
}

/** A fresh tally for a target. */
export function tally(target: string): FuzzTally {
  return { target, runs: 0, slowestMs: 0 };
}

/** Prints the tallies as one line each: target, runs, slowest input. */
export function report(tallies: readonly FuzzTally[]): void {
  for (const t of tallies) console.info(`fuzz ${t.target}: ${t.runs} runs, 0 failures, slowest ${t.slowestMs.toFixed(1)} ms`);
}
