import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset, decodeHtml } from '../../../../shared/ingest/html-charset';
import { readShared } from '../fixture-paths';

describe('declaredHtmlCharset', () => {
  it('finds <meta charset> and the http-equiv form', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(declaredHtmlCharset(bytes('<meta charset="Shift_JIS">'))).toBe('shift_jis');
    expect(declaredHtmlCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gbk">'))).toBe('gbk');
    expect(declaredHtmlCharset(bytes('<p>no declaration</p>'))).toBeNull();
  });
});

describe('decodeHtml', () => {
  it('decodes the GBK page of the corpus by its declaration', () => {
    const result = decodeHtml(readShared('corpus/documents/text/charsets/gbk.html'));
    if (!result.ok) throw new Error(result.error);
    expect(result.encoding).toBe('gbk');
    expect(result.text).toContain('<title>标题</title>');
    expect(result.notices).toEqual([]);
  });

  it('prefers valid UTF-8 over a stale legacy declaration, and guesses with a notice when the label is unknown', () => {
    const utf8 = new TextEncoder().encode('<meta charset="windows-1252"><p>café 稀土</p>');
    expect(decodeHtml(utf8)).toMatchObject({ ok: true, encoding: 'utf-8', text: '<meta charset="windows-1252"><p>café 稀土</p>' });
    const unknown = decodeHtml(new TextEncoder().encode('<meta charset="x-klingon"><p>hi</p>'));
    expect(unknown.ok && unknown.notices.join(' ')).toMatch(/unknown character set “x-klingon”/u);
  });
});
