import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countNoun, nounFor, NOUNS } from '../../../../shared/wording/count-noun';

describe('countNoun', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(countNoun(1, 'claim')).toBe('1 claim');
    expect(countNoun(0, 'claim')).toBe('0 claims');
    expect(countNoun(2, 'briefing')).toBe('2 briefings');
    expect(countNoun(1, NOUNS.entry)).toBe('1 entry');
    expect(countNoun(3, NOUNS.entry)).toBe('3 entries');
  });

  it('groups the digits of large counts', () => {
    expect(countNoun(100000, 'claim')).toBe('100,000 claims');
  });

  it('takes the plural for every count but one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        expect(nounFor(n, 'citation')).toBe(n === 1 ? 'citation' : 'citations');
      }),
    );
  });
});
