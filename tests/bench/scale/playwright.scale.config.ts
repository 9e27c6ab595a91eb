import { defineConfig } from '@playwright/test';

// The scale benchmark: generated workspaces of 1,000 and 10,000 sources restored into real IndexedDB in Chromium,
// against the web build. It prints figures and asserts no times. Its own port (SCALE_BENCH_PORT, 4414 unless set), so
// it can run beside the end-to-end suite.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.SCALE_BENCH_PORT ?? 4414);

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.spec.ts',
  outputDir: '../../../test-results/bench-scale',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 900_000,
  expect: { timeout: 120_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    },
  },
  webServer: {
    command: 'node renderer/serve-web.mjs',
    cwd: '../../..',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
