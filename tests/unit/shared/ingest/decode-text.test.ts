import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../shared/ingest/decode-text';
import { readShared } from '../fixture-paths';

describe('decodeText on the corpus charsets', () => {
  it('reads UTF-8 as is', () => {
    const r = decodeText(readShared('corpus/documents/text/charsets/utf8.txt'));
    expect(r.ok && r.encoding).toBe('utf-8');
  });

  it('reads GBK Chinese as GB18030 with a notice', () => {
    const r = decodeText(readShared('corpus/documents/text/charsets/gbk.txt'));
    if (!r.ok) throw new Error(r.error);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toMatch(/\p{Script=Han}/u);
    expect(r.notices[0]).toMatch(/GB18030/);
  });

  it('reads Windows-1252 and invalid UTF-8 with a notice instead of failing', () => {
    for (const name of ['windows1252.txt', 'invalid.txt']) {
      const r = decodeText(readShared(`corpus/documents/text/charsets/${name}`));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.notices.join(' ')).toMatch(/not valid UTF-8/);
    }
  });
});

describe('decodeText on edge cases', () => {
  it('refuses empty and binary input with a clear message', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = decodeText(png);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not text/);
  });

  it('reads UTF-16 with and without a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Hi 中'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(le)).toMatchObject({ ok: true, text: 'Hi 中', encoding: 'utf-16le' });
    const noBom = new Uint8Array([...'Hello world'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeText(noBom)).toMatchObject({ ok: true, text: 'Hello world', encoding: 'utf-16le' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({ ok: true, text: 'A' });
  });
});
