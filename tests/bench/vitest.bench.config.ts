import { defineConfig } from 'vitest/config';

// Benchmarks run as ordinary tests that print their figures (`npx vitest run --config tests/bench/vitest.bench.config.ts`):
// each measures what it needs (per-call medians and p95) rather than tinybench's whole-function loops, and
// asserts nothing about time, because shared machines are noisy.
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
