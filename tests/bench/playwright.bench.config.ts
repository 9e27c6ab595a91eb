import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// Browser benchmarks: the same Chromium and web build as the end-to-end suite; they print figures and assert no times.
export default defineConfig({
  ...base,
  testDir: './browser',
  outputDir: '../../test-results/bench',
  reporter: [['list']],
  timeout: 300_000,
  projects: [{ name: 'bench', testDir: './browser', testMatch: '*.bench.spec.ts' }],
  webServer: base.webServer ? { ...base.webServer, cwd: '../..' } : undefined,
});
