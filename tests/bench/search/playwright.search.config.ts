import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// The search benchmark in Chromium: the web build, real IndexedDB, the real search worker. Prints figures, asserts no times.
export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: '../../../test-results/bench-search',
  reporter: [['list']],
  timeout: 900_000,
  // No trace: the trace recorder snapshots the whole page on the main thread around every key press, and those
  // snapshots landed between the keystroke and its results (a setTimeout(0) after the input ran 10–30 ms late).
  use: { ...base.use, trace: 'off' },
  projects: [{ name: 'bench-search', testDir: '.', testMatch: '*.bench.spec.ts' }],
  webServer: base.webServer ? { ...base.webServer, cwd: '../../..' } : undefined,
});
