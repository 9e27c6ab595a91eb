import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestSubstringDistance, editDistance } from '../../../../shared/anchoring/edit-distance';

// Textbook recursion, memoized: the oracle for the two-row implementations.
function naive(a: string, b: string, free: boolean): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: number;
    if (j === 0) result = free ? 0 : i;
    else if (i === 0) result = j;
    else result = Math.min(go(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1), go(i - 1, j) + 1, go(i, j - 1) + 1);
    memo.set(key, result);
    return result;
  };
  if (!free) return go(a.length, b.length);
  // Substring mode: pattern = b, text = a; starting anywhere in the text is free, and the best end is taken.
  const ends = Array.from({ length: a.length + 1 }, (_, i) => go(i, b.length));
  return Math.min(...ends);
}

describe('edit distances', () => {
  it('counts edits between whole strings', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts edits to the closest substring', () => {
    expect(bestSubstringDistance('we had everything before us', 'ever ting')).toBe(2);
    expect(bestSubstringDistance('we had nothing before us', 'nutting')).toBe(2);
    expect(bestSubstringDistance('abc', 'abc')).toBe(0);
    expect(bestSubstringDistance('', 'abc')).toBe(3);
  });

  it('agree with the textbook recursion (property)', () => {
    const s = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 12 });
    fc.assert(
      fc.property(s, s, (a, b) => {
        expect(editDistance(a, b)).toBe(naive(a, b, false));
        expect(bestSubstringDistance(a, b)).toBe(b.length === 0 ? 0 : naive(a, b, true));
      }),
    );
  });
});
