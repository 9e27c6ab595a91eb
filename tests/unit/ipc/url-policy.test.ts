import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  externalHttpUrl,
  isAllowedRequestUrl,
  isAppPageUrl,
  appUrlToFilePath,
  isAllowedPrintRequest,
  userDataOverride,
  type AppLocation,
} from '../../../electron/main/url-policy';

const production: AppLocation = { devServerUrl: undefined };
const dev: AppLocation = { ...production, devServerUrl: 'http://localhost:5173/' };

describe('isAppPageUrl', () => {
  it('accepts pages of the app: origin, with or without a hash route', () => {
    expect(isAppPageUrl('app://footnote/index.html', production)).toBe(true);
    expect(isAppPageUrl('app://footnote/index.html?x=1#/sources', production)).toBe(true);
  });

  it('refuses file: pages, other app: hosts and look-alikes', () => {
    expect(isAppPageUrl('file:///opt/Footnote/out/renderer/index.html', production)).toBe(false);
    expect(isAppPageUrl('app://evil/index.html', production)).toBe(false);
    expect(isAppPageUrl('app://footnote.evil/index.html', production)).toBe(false);
    expect(isAppPageUrl('apps://footnote/index.html', production)).toBe(false);
  });

  it('trusts only the dev server origin in dev', () => {
    expect(isAppPageUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('file:///opt/Footnote/out/renderer/index.html', dev)).toBe(false);
  });

  it('never matches an opaque origin through a malformed dev URL', () => {
    expect(isAppPageUrl('file:///tmp/x.html', { ...production, devServerUrl: 'file:///tmp/' })).toBe(false);
    expect(isAppPageUrl('not a url', production)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each(['app://footnote/assets/index.js', 'data:image/png;base64,AA==', 'blob:app://footnote/1234', 'devtools://devtools/bundled/inspector.html'])(
    'allows local %s',
    (url) => expect(isAllowedRequestUrl(url, production)).toBe(true),
  );

  it.each(['https://example.com/', 'http://localhost:5173/', 'ws://localhost:5173/', 'ftp://example.com/x', 'chrome://gpu', 'file:///etc/passwd', 'file:///opt/Footnote/out/renderer/index.html', 'app://other/x.js'])('blocks %s in production', (url) =>
    expect(isAllowedRequestUrl(url, production)).toBe(false),
  );

  it('allows the dev server and its HMR socket in dev, nothing else remote', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/?token=abc', dev)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:8080/', dev)).toBe(false);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css', dev)).toBe(false);
  });

  it('never allows an http(s) URL in production', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => !isAllowedRequestUrl(url, production)));
  });
});

describe('appUrlToFilePath', () => {
  const root = '/opt/Footnote/out/renderer';
  it('maps app: URLs to files in the renderer folder, / to the index page', () => {
    expect(appUrlToFilePath('app://footnote/', root)).toBe('/opt/Footnote/out/renderer/index.html');
    expect(appUrlToFilePath('app://footnote/index.html#/claims', root)).toBe('/opt/Footnote/out/renderer/index.html');
    expect(appUrlToFilePath('app://footnote/assets/index-abc.js?v=1', root)).toBe('/opt/Footnote/out/renderer/assets/index-abc.js');
  });

  it('never names a file outside the folder, whatever the URL', () => {
    // Dot segments are resolved by URL parsing, so they stay inside the folder (and find nothing there).
    expect(appUrlToFilePath('app://footnote/../../etc/passwd', root)).toBe('/opt/Footnote/out/renderer/etc/passwd');
    expect(appUrlToFilePath('app://footnote/%2e%2e/%2e%2e/etc/passwd', root)).toBe('/opt/Footnote/out/renderer/etc/passwd');
    for (const url of ['app://footnote/..%2f..%2fetc/passwd', 'app://footnote/a%00.js', 'app://footnote/%E0%A4%A', 'app://footnote/..%5c..%5cx', 'app://other/index.html', 'file:///etc/passwd']) {
      expect(appUrlToFilePath(url, root), url).toBeNull();
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (path) => {
        const file = appUrlToFilePath(`app://footnote/${path}`, root);
        expect(file === null || file.startsWith(`${root}/`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('print window requests', () => {
  it('allows only the briefing page and data: images, never file: or the network', () => {
    const page = 'file:///tmp/footnote-print-x/briefing.html';
    expect(isAllowedPrintRequest(page, page)).toBe(true);
    expect(isAllowedPrintRequest('data:image/png;base64,AA==', page)).toBe(true);
    for (const url of ['file:///etc/passwd', 'file:///tmp/footnote-print-x/other.html', 'https://example.com/x.png', 'http://127.0.0.1/', 'ws://x/', 'app://footnote/index.html']) {
      expect(isAllowedPrintRequest(url, page), url).toBe(false);
    }
  });
});

describe('userDataOverride', () => {
  it('honours FOOTNOTE_USER_DATA_DIR only in an unpackaged build', () => {
    expect(userDataOverride({ FOOTNOTE_USER_DATA_DIR: '/tmp/e2e' }, false)).toBe('/tmp/e2e');
    expect(userDataOverride({ FOOTNOTE_USER_DATA_DIR: '/tmp/e2e' }, true)).toBeUndefined();
    expect(userDataOverride({}, false)).toBeUndefined();
  });
});

describe('externalHttpUrl', () => {
  it('passes http(s) links and refuses every other scheme', () => {
    expect(externalHttpUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(externalHttpUrl('http://example.com')).toBe('http://example.com/');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'mailto:a@b.c', 'nonsense']) {
      expect(externalHttpUrl(url)).toBeNull();
    }
  });
});

describe('contentSecurityPolicy', () => {
  it('is the strict policy in production', () => {
    expect(contentSecurityPolicy(false)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy(false)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never allows eval or remote origins, not even in dev', () => {
    for (const policy of [contentSecurityPolicy(false), contentSecurityPolicy(true)]) {
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/https?:|\*/);
    }
  });
});
