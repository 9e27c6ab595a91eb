import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// The search benchmark in Chromium: the web build, real IndexedDB, the real search worker. Prints figures, asserts no times.
export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: '../../../test-results/bench-search',
  reporter: [['list']],
  timeout: 900_000,
  projects: [{ name: 'bench-search', testDir: '.', testMatch: '*.bench.spec.ts' }],
  webServer: base.webServer ? { ...base.webServer, cwd: '../../..' } : undefined,
});
