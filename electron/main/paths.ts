import { app } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userDataOverride, type AppLocation } from './url-policy';

// The built main script lives in out/main; the preload and renderer are its siblings in out/.
const mainDir = dirname(fileURLToPath(import.meta.url));

let location: AppLocation | undefined;

/** The preload script, built as CommonJS because a sandboxed preload cannot be an ES module. */
export function preloadPath(): string {
  return join(mainDir, '../preload/index.cjs');
}

/** The built renderer's folder, served on app://footnote/. */
export function rendererDir(): string {
  return join(mainDir, '../renderer');
}

/** Where the app's pages are served from; the dev server is honoured only in an unpackaged app. */
export function appLocation(): AppLocation {
  location ??= {
    // A packaged app ignores ELECTRON_RENDERER_URL so the environment cannot point it at a remote page.
    devServerUrl: app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined,
  };
  return location;
}

/** Use FOOTNOTE_USER_DATA_DIR as the profile folder when set in an unpackaged build, so each end-to-end test gets a fresh workspace. */
export function applyUserDataOverride(): void {
  const dir = userDataOverride(process.env, app.isPackaged);
  if (dir) app.setPath('userData', dir);
}
