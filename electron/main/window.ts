import { app, BrowserWindow, session, shell, type Session, type WebContents } from 'electron';
import { appLocation, preloadPath, rendererIndexPath } from './paths';
import { contentSecurityPolicy, externalHttpUrl, isAllowedRequestUrl, isAppPageUrl } from './url-policy';

const DEFAULT_SIZE = { width: 1280, height: 820 };
// Below this the three-pane layout (sources, reader, claims) stops being usable.
const MIN_SIZE = { minWidth: 800, minHeight: 560 };

function openInSystemBrowser(url: string): void {
  const external = externalHttpUrl(url);
  if (external !== null) void shell.openExternal(external);
}

/** Keep a web contents on the app's page: no navigation, no new windows, no webviews; http(s) links go to the system browser. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInSystemBrowser(event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Block every request that would leave the machine and give the app's pages a strict Content-Security-Policy. */
export function setupSecurityPolicy(target: Session = session.defaultSession): void {
  const location = appLocation();
  const policy = contentSecurityPolicy(location.devServerUrl !== undefined);
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

/** Create the one app window and load the renderer: the dev server in dev, out/renderer/index.html otherwise. */
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
    },
  });
  window.once('ready-to-show', () => window.show());
  const devServerUrl = appLocation().devServerUrl;
  const loading = devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(rendererIndexPath());
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
