import { app, BrowserWindow, session, type Session, type WebContents } from 'electron';
import { serveAppProtocol } from './app-protocol';
import { openExternalAfterAsking } from './external-links';
import { appLocation, preloadPath, rendererDir } from './paths';
import { APP_INDEX_URL, contentSecurityPolicy, isAllowedRequestUrl, isAppPageUrl } from './url-policy';

const DEFAULT_SIZE = { width: 1280, height: 820 };
// Below this the three-pane layout (sources, reader, claims) stops being usable.
const MIN_SIZE = { minWidth: 800, minHeight: 560 };

function openInSystemBrowser(url: string, contents: WebContents): void {
  void openExternalAfterAsking(url, BrowserWindow.fromWebContents(contents)).catch((error: unknown) => console.error('Could not open the link', error));
}

/** Keep a web contents on the app's page: no navigation, no new windows, no webviews; http(s) links go to the system browser. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url, contents);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInSystemBrowser(event.url, contents);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Refuse every permission (camera, microphone, notifications, geolocation, clipboard read, ...): Footnote needs none. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/** Serve the app on app://, block every request that would leave the machine, deny every permission, and give the app's pages a strict Content-Security-Policy. */
export function setupSecurityPolicy(target: Session = session.defaultSession): void {
  const location = appLocation();
  const policy = contentSecurityPolicy(location.devServerUrl !== undefined);
  serveAppProtocol(rendererDir(), policy);
  denyAllPermissions(target);
  target.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, location);
    if (!allowed) console.warn(`Blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  target.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppPageUrl(details.url, location)) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  // Applied to every web contents, not just the main window, so nothing created later slips through.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** Create the one app window and load the renderer: the dev server in dev, app://footnote/index.html otherwise. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    ...DEFAULT_SIZE,
    ...MIN_SIZE,
    title: 'Footnote',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      // A middle click would otherwise open a link in a new window without the window-open handler's say.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  const devServerUrl = appLocation().devServerUrl;
  const loading = window.loadURL(devServerUrl ?? APP_INDEX_URL);
  loading.catch((error: unknown) => console.error('Failed to load the renderer', error));
  return window;
}

/** Bring the existing window forward, e.g. when the user starts a second instance. */
export function focusMainWindow(): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
