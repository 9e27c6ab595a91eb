// Pure URL decisions for the security policy, kept apart from Electron so they can be unit-tested.
import { resolve, sep } from 'node:path';

/** The scheme and host the built app is served from (`app://footnote/index.html`), a standard, secure origin of its own. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'footnote';
/** The URL the built app's window loads. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where the app's own pages live: the app: origin, or the dev server while developing. */
export interface AppLocation {
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); undefined in production. */
  devServerUrl: string | undefined;
}

/**
 * The policy for the app's pages: nothing remote, no eval, no inline script or <style>. Style *attributes* stay
 * allowed (`style-src-attr`), because the virtualized lists and resizable panes position elements with them; they
 * cannot run script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// @vitejs/plugin-react injects its fast-refresh preamble as an inline module script in dev only;
// a built app has no inline script, so production keeps script-src 'self'.
const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

// Schemes that never leave the machine. file: is not among them: the app is served from app:, and a page asking for
// file: is reaching for the user's files.
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Only an http(s) dev server counts: an opaque origin ('null') must never match a file: page by accident.
function devServer(location: AppLocation): URL | null {
  if (location.devServerUrl === undefined) return null;
  const parsed = parseUrl(location.devServerUrl);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : null;
}

/** The Content-Security-Policy header for the app's pages; dev relaxes inline scripts for React fast refresh only. */
export function contentSecurityPolicy(isDev: boolean): string {
  return isDev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}

function isAppOriginUrl(parsed: URL): boolean {
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** True when a URL is one of the app's own pages (app://footnote/..., or the dev server in dev). */
export function isAppPageUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const dev = devServer(location);
  if (dev) return parsed.origin === dev.origin;
  return isAppOriginUrl(parsed);
}

/** True when the app may make this request: its own origin and local schemes always, the dev server (and its HMR socket) in dev. */
export function isAllowedRequestUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol) || isAppOriginUrl(parsed)) return true;
  const dev = devServer(location);
  if (!dev) return false;
  if (parsed.origin === dev.origin) return true;
  return (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') && parsed.host === dev.host;
}

/**
 * The path under `rendererDir` an app: URL names, or null when it names anything else: another host, a path that
 * climbs out of the folder (`..`, encoded or not), or a NUL. `/` is the index page.
 */
export function appUrlToFilePath(url: string, rendererDir: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !isAppOriginUrl(parsed)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = rendererDir.endsWith(sep) ? rendererDir : `${rendererDir}${sep}`;
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root) ? file : null;
}

/** Whether the hidden print window may load this URL: only the briefing page itself and data: images, never file: or the network. */
export function isAllowedPrintRequest(url: string, pageUrl: string): boolean {
  if (url === pageUrl) return true;
  return parseUrl(url)?.protocol === 'data:';
}

/** Whether FOOTNOTE_USER_DATA_DIR may move the profile: only in an unpackaged (development or test) build, so an installed app's data cannot be redirected by the environment. */
export function userDataOverride(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | undefined {
  const dir = env['FOOTNOTE_USER_DATA_DIR'];
  return dir && !isPackaged ? dir : undefined;
}

/** The normalized URL when it is an http(s) link fit for the system browser; null otherwise. */
export function externalHttpUrl(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : null;
}
