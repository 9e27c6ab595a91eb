import { describe, expect, it } from 'vitest';
import { authorsFromByline } from '../../../../shared/ingest/byline';
import { documentLanguage } from '../../../../shared/ingest/document-language';
import { readCoreProperties } from '../../../../shared/ingest/docx-core-properties';
import { normalizePdfDate, normalizePublishedTime } from '../../../../shared/ingest/published-time';
import { isReferenceHeading } from '../../../../shared/ingest/reference-heading';
import { repairRisTags } from '../../../../shared/ingest/ris-repair';
import { savedFromUrl, webUrl } from '../../../../shared/ingest/web-url';
import { readSharedText } from '../../shared/fixture-paths';

describe('authorsFromByline', () => {
  it('splits bylines in several languages into names', () => {
    expect(authorsFromByline('By Erin Cunningham')).toEqual(['Erin Cunningham']);
    expect(authorsFromByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual(['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']);
    expect(authorsFromByline('Jane Doe, John Roe and Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(authorsFromByline('记者 张三、李四')).toEqual(['张三', '李四']);
    expect(authorsFromByline(null)).toEqual([]);
  });

  it('keeps an inverted name whole and a magazine byline whole (ietf-1, heise)', () => {
    // ietf-1's expected byline: one person written family name first.
    const ietf = JSON.parse(readSharedText('corpus/readability/ietf-1/expected-metadata.json')) as { byline: string };
    expect(authorsFromByline(ietf.byline)).toEqual(['Michiel de Jong']);
    expect(authorsFromByline('Mac & i')).toEqual(['Mac & i']);
    expect(authorsFromByline('Achim Zeileis, Gabor Grothendieck')).toEqual(['Achim Zeileis', 'Gabor Grothendieck']);
    expect(authorsFromByline('Zeileis, Achim; Grothendieck, Gabor')).toEqual(['Achim Zeileis', 'Gabor Grothendieck']);
  });
});

describe('normalizePublishedTime and normalizePdfDate', () => {
  it('keeps the date and local time as stated, without the zone', () => {
    expect(normalizePublishedTime('2015-07-24T05:36:09+01:00')).toBe('2015-07-24T05:36');
    expect(normalizePublishedTime('2021-11-01')).toBe('2021-11-01');
    expect(normalizePublishedTime('yesterday')).toBeUndefined();
    expect(normalizePdfDate("D:20090324113315-06'00'")).toBe('2009-03-24T11:33');
    expect(normalizePdfDate('D:2015')).toBe('2015');
    expect(normalizePdfDate('D:20151309')).toBeUndefined();
  });
});

describe('documentLanguage', () => {
  it('lets the script decide for CJK and keeps a declared Latin-script language', () => {
    expect(documentLanguage(null, '宇航员在太空中喝酒会怎么样')).toBe('zh');
    expect(documentLanguage('en', '宇航员在太空中喝酒会怎么样')).toBe('zh');
    expect(documentLanguage('fr-FR', 'Le Monde a publié')).toBe('fr');
    expect(documentLanguage('zh-CN', 'An English page')).toBe('und-Latn');
    expect(documentLanguage(undefined, 'Plain English')).toBe('und-Latn');
  });
});

describe('isReferenceHeading', () => {
  it('recognises reference section titles with edit links, numbering and punctuation', () => {
    for (const title of ['References', 'References[edit]', '5. References', 'Notes and references', '参考文献', '注释：', 'Einzelnachweise']) {
      expect(isReferenceHeading(title), title).toBe(true);
    }
    expect(isReferenceHeading('Reference architecture')).toBe(false);
  });
});

describe('readCoreProperties', () => {
  it('reads title, creators and creation time, decoding entities', () => {
    const xml = '<cp:coreProperties><dc:title>Rare earths &amp; magnets</dc:title><dc:creator>Ann Lee; Bo Wu</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2014-06-10T11:09:00Z</dcterms:created></cp:coreProperties>';
    expect(readCoreProperties(xml)).toEqual({ title: 'Rare earths & magnets', creators: ['Ann Lee', 'Bo Wu'], created: '2014-06-10T11:09' });
    expect(readCoreProperties('<dc:title></dc:title>')).toEqual({ creators: [] });
  });
});

describe('repairRisTags', () => {
  it('fixes tag spacing and EndNote type names, and counts the lines it changed', () => {
    expect(repairRisTags('TY -  BOOK\nT1  - Title\nTY  - Journal Article\nER  -')).toEqual({ text: 'TY  - BOOK\nT1  - Title\nTY  - JOUR\nER  -', repaired: 2 });
    expect(repairRisTags('TY  - JOUR\nN2  - first line,\nER then second line\nER  - ').repaired).toBe(0);
  });
});

describe('webUrl and savedFromUrl', () => {
  it('lets only absolute http(s) addresses out', () => {
    expect(webUrl('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(webUrl('javascript:alert(1)')).toBeUndefined();
    expect(webUrl('/relative')).toBeUndefined();
    expect(savedFromUrl('<!DOCTYPE html>\n<!-- saved from url=(0026)https://example.org/page -->')).toBe('https://example.org/page');
  });
});
