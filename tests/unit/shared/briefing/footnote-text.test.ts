import { describe, expect, it } from 'vitest';
import { describeLocator } from '../../../../shared/briefing/footnote-text';
import type { Citation, Locator } from '../../../../shared/model';

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
