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

  it('treats a clipping with an address as a web page whose publisher is the site', () => {
    const item = sourceToCsl(clippingSource);
    expect(item.type).toBe('webpage');
    expect(item['container-title']).toBe('搜狐财经');
    expect(item.issued).toEqual({ 'date-parts': [[2025, 10, 30]] });
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
