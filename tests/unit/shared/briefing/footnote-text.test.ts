import { describe, expect, it } from 'vitest';
import { describeLocator, describeSource } from '../../../../shared/briefing/footnote-text';
import type { Citation, Locator, Source } from '../../../../shared/model';

function unresolved(locator: Locator): Citation {
  return { id: 'c1', claimId: 'k1', sourceId: 's1', locator, stance: 'supports', resolved: false, createdAt: '2026-11-30T00:00:00.000Z' };
}

describe('describeLocator', () => {
  it('names the one number a range marker stands for', () => {
    expect(describeLocator(unresolved({ marker: '[4-6]', markerNumber: 5 }))).toBe('marker [4-6], entry 5');
  });

  it('names a named note by its marker alone, never as the numbered entry of another list', () => {
    expect(describeLocator(unresolved({ marker: '[n 11]', markerNumber: 11 }))).toBe('marker [n 11]');
    expect(describeLocator(unresolved({ marker: '[8]', markerNumber: 8 }), 'zh-CN')).toBe('标注[8]');
  });
});

describe('describeSource', () => {
  it('names a newsroom once when its byline is the publisher (BBC News, bbc-1)', () => {
    const source = { id: 's', title: "Obama admits US gun laws are his 'biggest frustration'", authors: ['BBC News'], publisher: 'BBC News', publishedAt: '2015-07-24T05:36', lang: 'en', kind: 'html', contentHash: 'h', importedAt: '2026-11-30T00:00:00.000Z', importedFrom: { method: 'file' }, tags: [] } as const satisfies Source;
    expect(describeSource(source)).toBe("Obama admits US gun laws are his 'biggest frustration', BBC News, 2015-07-24 05:36");
    expect(describeSource({ ...source, authors: ['Jon Sopel'] })).toBe("Obama admits US gun laws are his 'biggest frustration', Jon Sopel, BBC News, 2015-07-24 05:36");
  });
});
