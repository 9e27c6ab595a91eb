import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
/** The Chromium this suite runs, and the flags it needs here; specs that launch their own browser use both. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4317);
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./e2e/skip-reasons-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'web', testDir: './e2e/web', testMatch: '*.spec.ts' },
    { name: 'electron', testDir: './e2e/electron', testMatch: '*.electron.spec.ts' },
  ],
  webServer: {
    // The suite runs against the built renderer (`npm run build` first), served as the web app users get from `npm run web`.
    command: 'node renderer/serve-web.mjs',
    cwd: '..',
    env: { PORT: String(PORT), ...(process.env.FOOTNOTE_WEB_DIR ? { FOOTNOTE_WEB_DIR: process.env.FOOTNOTE_WEB_DIR } : {}) },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
