import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  externalHttpUrl,
  isAllowedRequestUrl,
  isAppPageUrl,
  type AppLocation,
} from '../../../electron/main/url-policy';

const production: AppLocation = { rendererDirUrl: 'file:///opt/Footnote/out/renderer/', devServerUrl: undefined };
const dev: AppLocation = { ...production, devServerUrl: 'http://localhost:5173/' };

describe('isAppPageUrl', () => {
  it('accepts pages under out/renderer, with or without a hash route', () => {
    expect(isAppPageUrl('file:///opt/Footnote/out/renderer/index.html', production)).toBe(true);
    expect(isAppPageUrl('file:///opt/Footnote/out/renderer/index.html?x=1#/sources', production)).toBe(true);
  });

  it('does not let dot segments climb out of out/renderer', () => {
    expect(isAppPageUrl('file:///opt/Footnote/out/renderer/../../../etc/passwd', production)).toBe(false);
    expect(isAppPageUrl('file:///opt/Footnote/out/renderer/%2e%2e/secret.html', production)).toBe(false);
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
  it.each(['file:///opt/Footnote/out/renderer/assets/index.js', 'data:image/png;base64,AA==', 'blob:file:///1234', 'devtools://devtools/bundled/inspector.html'])(
    'allows local %s',
    (url) => expect(isAllowedRequestUrl(url, production)).toBe(true),
  );

  it.each(['https://example.com/', 'http://localhost:5173/', 'ws://localhost:5173/', 'ftp://example.com/x', 'chrome://gpu'])('blocks %s in production', (url) =>
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
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
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
