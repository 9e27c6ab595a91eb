// Pure URL decisions for the security policy, kept apart from Electron so they can be unit-tested.

/** Where the app's own pages live: the built renderer folder, or the dev server while developing. */
export interface AppLocation {
  /** file: URL of out/renderer, ending in '/'. */
  rendererDirUrl: string;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); undefined in production. */
  devServerUrl: string | undefined;
}

/** The policy for the app's pages: nothing remote, no eval; inline styles stay because React sets style attributes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
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

// Schemes that never leave the machine.
const LOCAL_SCHEMES = new Set(['file:', 'devtools:', 'data:', 'blob:']);

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

/** True when a URL is one of the app's own pages (file: under out/renderer, or the dev server in dev). */
export function isAppPageUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const dev = devServer(location);
  if (dev) return parsed.origin === dev.origin;
  if (parsed.protocol !== 'file:') return false;
  // URL parsing has already resolved '..' segments, so a prefix test cannot be escaped.
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`.startsWith(location.rendererDirUrl);
}

/** True when the app may make this request: local schemes always, the dev server (and its HMR socket) in dev. */
export function isAllowedRequestUrl(url: string, location: AppLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  const dev = devServer(location);
  if (!dev) return false;
  if (parsed.origin === dev.origin) return true;
  return (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') && parsed.host === dev.host;
}

/** The normalized URL when it is an http(s) link fit for the system browser; null otherwise. */
export function externalHttpUrl(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : null;
}
