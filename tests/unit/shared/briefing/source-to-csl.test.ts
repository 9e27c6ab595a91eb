import { describe, expect, it } from 'vitest';
import { isoToCslDate } from '../../../../shared/briefing/csl-item';
import { authorToCslName, sourcesToCslJson, sourceToCsl } from '../../../../shared/briefing/source-to-csl';
import { clippingSource, referenceSource, reportSource } from './briefing-fixtures';

describe('sourceToCsl', () => {
  it('makes an item from a source: title, author, publisher, issued, accessed, URL, language', () => {
    expect(sourceToCsl(reportSource)).toEqual({
      id: 'src-usgs',
      type: 'report',
      title: 'Mineral commodity summaries 2025',
      author: [{ family: 'Smith', given: 'Jane' }],
      publisher: 'U.S. Geological Survey',
      issued: { 'date-parts': [[2025, 1, 31]] },
      accessed: { 'date-parts': [[2025, 11, 28]] },
      URL: 'https://example.org/mcs',
      language: 'en',
    });
  });

  it('treats a dated clipping from a publisher as a news item in that paper, with its full date', () => {
    const item = sourceToCsl(clippingSource);
    expect(item.type).toBe('article-newspaper');
    expect(item['container-title']).toBe('搜狐财经');
    expect(item.issued).toEqual({ 'date-parts': [[2025, 10, 30]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2025, 11, 27]] });
  });

  it('keeps an undated page, and a dated wiki page, a web page; a page without an address a document with no access date', () => {
    expect(sourceToCsl({ ...clippingSource, publishedAt: undefined }).type).toBe('webpage');
    expect(sourceToCsl({ ...clippingSource, publishedAt: '2025' }).type).toBe('webpage');
    const wiki = { ...clippingSource, kind: 'html' as const, title: 'New Zealand', publisher: 'Wikimedia Foundation, Inc.', publishedAt: '2001-10-29T01:59:14Z', url: 'https://en.wikipedia.org/wiki/New_Zealand' };
    expect(sourceToCsl(wiki).type).toBe('webpage');
    const undated = sourceToCsl({ ...clippingSource, publishedAt: undefined, url: undefined });
    expect(undated.type).toBe('document');
    expect(undated.accessed).toBeUndefined();
  });

  it("uses a reference entry's own CSL item under the source's id", () => {
    expect(sourceToCsl(referenceSource)).toMatchObject({ id: 'src-ref', type: 'article-journal', 'container-title': 'Resources Policy' });
  });

  it('exports every source as a CSL-JSON array', () => {
    expect(sourcesToCslJson([reportSource, clippingSource]).map((i) => i.id)).toEqual(['src-usgs', 'src-sohu']);
  });
});

describe('authorToCslName', () => {
  it('splits personal names and keeps organisations and CJK names whole', () => {
    expect(authorToCslName('Jane Q. Smith')).toEqual({ family: 'Smith', given: 'Jane Q.' });
    expect(authorToCslName('Smith, Jane')).toEqual({ family: 'Smith', given: 'Jane' });
    expect(authorToCslName('U.S. Geological Survey')).toEqual({ literal: 'U.S. Geological Survey' });
    expect(authorToCslName('王小明')).toEqual({ literal: '王小明' });
    expect(authorToCslName('Reuters')).toEqual({ literal: 'Reuters' });
  });
});

describe('isoToCslDate', () => {
  it('reads full dates, months and years, and nothing else', () => {
    expect(isoToCslDate('2025-10-30T04:49')).toEqual({ 'date-parts': [[2025, 10, 30]] });
    expect(isoToCslDate('2025-10')).toEqual({ 'date-parts': [[2025, 10]] });
    expect(isoToCslDate('2025')).toEqual({ 'date-parts': [[2025]] });
    expect(isoToCslDate('last week')).toBeUndefined();
    expect(isoToCslDate(undefined)).toBeUndefined();
  });
});
