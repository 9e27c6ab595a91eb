import { describe, expect, it } from 'vitest';
import { cslDate, cslNames, documentFromCslItem, isCslItemList, plainReference } from '../../../../shared/ingest/csl-document';

const ITEM = {
  id: 'x',
  type: 'article-journal',
  title: 'Rare earth supply chains',
  author: [{ family: 'Lee', given: 'Ann' }, { family: '张', given: '三' }, { literal: 'OECD' }],
  'container-title': 'Journal of Minerals',
  issued: { 'date-parts': [[2024, 3]] },
  DOI: '10.1000/xyz123',
  abstract: 'Short abstract.',
};

describe('documentFromCslItem', () => {
  it('makes a reference source: metadata, one formatted paragraph, the CSL item kept', () => {
    const doc = documentFromCslItem(ITEM, 'Lee, A., 张三, & OECD. (2024). Rare earth supply chains. Journal of Minerals.\n');
    expect(doc.kind).toBe('reference');
    expect(doc.text).toBe('Lee, A., 张三, & OECD. (2024). Rare earth supply chains. Journal of Minerals.');
    expect(doc.blocks).toEqual([{ id: 'b1', kind: 'paragraph', start: 0, end: doc.text.length, paragraph: 1 }]);
    expect(doc.meta).toMatchObject({
      title: 'Rare earth supply chains',
      authors: ['Ann Lee', '张三', 'OECD'],
      publisher: 'Journal of Minerals',
      publishedAt: '2024-03',
      url: 'https://doi.org/10.1000/xyz123',
      excerpt: 'Short abstract.',
      csl: ITEM,
    });
  });

  it('falls back to a plain reference when no style formatted the item', () => {
    expect(plainReference(ITEM)).toBe('Ann Lee, 张三, OECD (2024). Rare earth supply chains. Journal of Minerals.');
    expect(documentFromCslItem({ type: 'book' }, '').meta.title).toBe('Untitled reference');
  });
});

describe('CSL helpers', () => {
  it('recognises item lists and reads dates as precisely as they are given', () => {
    expect(isCslItemList([ITEM])).toBe(true);
    expect(isCslItemList({ type: 'book', title: 'T' })).toBe(true);
    expect(isCslItemList({ name: 'package' })).toBe(false);
    expect(isCslItemList([])).toBe(false);
    expect(cslDate({ 'date-parts': [[2014, 6, 10]] })).toBe('2014-06-10');
    expect(cslDate({ 'date-parts': [['2014']] })).toBe('2014');
    expect(cslDate({ raw: '1998 spring' })).toBe('1998');
    expect(cslNames([{ family: 'Curie' }])).toEqual(['Curie']);
  });
});
