import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary, REPO_ROOT } from './electron-binary';

const binary = findElectronBinary();
const mainEntry = join(REPO_ROOT, 'out', 'main', 'index.js');
// The shared fixtures sit beside the repository, not inside it.
const summaryFixture = resolve(REPO_ROOT, '../shared/fixtures/seed-summary-rare-earths.txt');

/** The environment for the app under test: production mode (no dev server) and a profile of its own. */
function appEnvironment(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  env['FOOTNOTE_USER_DATA_DIR'] = userDataDir;
  return env;
}

test.describe('Electron shell', () => {
  test.skip(
    !binary.available,
    `Electron binary not installed (no GitHub access on this machine; ELECTRON_SKIP_BINARY_DOWNLOAD=1): ${binary.available ? '' : binary.reason}`,
  );

  let app: ElectronApplication;
  let userDataDir: string;

  test.beforeEach(async () => {
    if (!binary.available) throw new Error('unreachable: skipped above');
    if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run \`npm run build\` first`);
    // A fresh profile per test, so every test starts from an empty workspace.
    userDataDir = await mkdtemp(join(tmpdir(), 'footnote-electron-'));
    // Chromium refuses to start as root with its OS sandbox on; CI containers often run as root.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({
      executablePath: binary.executablePath,
      args: [...rootArgs, mainEntry],
      env: appEnvironment(userDataDir),
    });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(userDataDir, { recursive: true, force: true });
  });

  test('exposes only the named bridge and makes no network requests', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const exposed = await page.evaluate(() => ({
      bridge: Object.keys(window.footnote ?? {}).sort(),
      // With contextIsolation and the sandbox on, no Node global reaches the page.
      nodeGlobals: ['require', 'process', 'Buffer', 'module'].filter((name) => name in globalThis),
    }));
    expect(exposed).toEqual({ bridge: ['onMenuCommand', 'openFiles', 'printToPdf', 'saveFile'], nodeGlobals: [] });
    const remote = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(remote).toBe('blocked');
  });

  test('imports a summary and lists its claims', async () => {
    const page = await app.firstWindow();
    await page.getByLabel('Import files').setInputFiles(summaryFixture);
    await page.getByRole('link', { name: 'Claims' }).or(page.getByRole('button', { name: 'Claims' })).first().click();
    await expect(page.getByText("70% of the world's output").first()).toBeVisible();
  });
});
