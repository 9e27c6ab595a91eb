import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance } from '../../../../shared/anchoring/edit-distance';
import { boundedEditDistance, typoCandidates, wordsByLength } from '../../../../shared/search/typo-candidates';

describe('boundedEditDistance', () => {
  it('gives the edit distance when it is within the bound and something above the bound otherwise', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), fc.string({ maxLength: 14 }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = editDistance(a, b) ?? Infinity;
        const bounded = boundedEditDistance(a, b, max);
        if (exact <= max) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(max);
      }),
      { numRuns: 2_000 },
    );
  });

  it('handles words longer than its reused rows', () => {
    const long = 'x'.repeat(300);
    expect(boundedEditDistance(long, `${long}y`, 2)).toBe(1);
  });
});

describe('typoCandidates', () => {
  it('finds the closest vocabulary words of a mistyped word, closest first', () => {
    const vocabulary = wordsByLength(['lithium', 'litigate', 'magnet', 'magnets', 'graphite', 'refining', '稀土']);
    expect(typoCandidates(vocabulary, 'lithum')).toEqual(['lithium']);
    expect(typoCandidates(vocabulary, 'magnt')).toEqual(['magnet']);
    expect(typoCandidates(vocabulary, 'magnetts')).toEqual(['magnets', 'magnet']);
    expect(typoCandidates(vocabulary, 'graphitte')).toEqual(['graphite']);
    expect(typoCandidates(vocabulary, 'zzz')).toEqual([]);
  });
});
