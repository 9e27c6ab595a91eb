import { describe, expect, it } from 'vitest';
import { OpenFilesRequestSchema } from '../../../shared/ipc';
import { guardRequest, parsePayload, senderRejection, settle, type SenderFrameInfo } from '../../../electron/main/ipc-guard';
import type { AppLocation } from '../../../electron/main/url-policy';

const production: AppLocation = { devServerUrl: undefined };
const appPage: SenderFrameInfo = { url: 'app://footnote/index.html#/claims', isMainFrame: true };
const request = { filters: [], multiple: true };

describe('senderRejection', () => {
  it('accepts the app page in its main frame', () => {
    expect(senderRejection(appPage, production)).toBeNull();
  });

  it.each<[string, SenderFrameInfo | null]>([
    ['a destroyed frame', null],
    ['a subframe of the app page', { ...appPage, isMainFrame: false }],
    ['a remote page', { url: 'https://example.com/', isMainFrame: true }],
    ['another local file', { url: 'file:///home/user/Downloads/evil.html', isMainFrame: true }],
    ['a sibling folder with a shared prefix', { url: 'file:///opt/Footnote/out/renderer-evil/index.html', isMainFrame: true }],
    ['a dev server URL in production', { url: 'http://localhost:5173/', isMainFrame: true }],
  ])('refuses %s', (_label, sender) => {
    expect(senderRejection(sender, production)).toEqual(expect.any(String));
  });
});

describe('parsePayload', () => {
  it('returns the parsed payload', () => {
    expect(parsePayload('open', OpenFilesRequestSchema, [request])).toEqual({ ok: true, value: request });
  });

  it('names the channel and the problem when the payload is malformed', () => {
    const result = parsePayload('footnote:files:open', OpenFilesRequestSchema, [{ filters: 'all' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('footnote:files:open');
      expect(result.error).toContain('filters');
    }
  });

  it('refuses missing or extra arguments', () => {
    expect(parsePayload('open', OpenFilesRequestSchema, []).ok).toBe(false);
    expect(parsePayload('open', OpenFilesRequestSchema, [request, 'extra']).ok).toBe(false);
  });
});

describe('guardRequest', () => {
  const input = { channel: 'footnote:files:open', schema: OpenFilesRequestSchema, location: production };

  it('lets a valid request from the app page through', () => {
    expect(guardRequest({ ...input, payloads: [request], sender: appPage })).toEqual({ ok: true, value: request });
  });

  it('checks the sender before looking at the payload', () => {
    const result = guardRequest({ ...input, payloads: ['garbage'], sender: { url: 'https://example.com/', isMainFrame: true } });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('is not one of the app') });
  });

  it('refuses a malformed payload from the app page', () => {
    expect(guardRequest({ ...input, payloads: [{}], sender: appPage }).ok).toBe(false);
  });
});

describe('settle', () => {
  it('wraps a value', async () => {
    await expect(settle(async () => 3)).resolves.toEqual({ ok: true, value: 3 });
  });

  it('turns a throw into an error result carrying the message', async () => {
    await expect(
      settle(async () => {
        throw new Error('"big.pdf" is 62 MB');
      }),
    ).resolves.toEqual({ ok: false, error: '"big.pdf" is 62 MB' });
  });
});
