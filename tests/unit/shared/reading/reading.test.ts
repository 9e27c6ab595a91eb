import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitIntoSegments } from '../../../../shared/reading/segments';
import { findMatches } from '../../../../shared/reading/find-matches';

describe('splitIntoSegments', () => {
  it('cuts a block at mark boundaries and keeps overlapping marks on each run', () => {
    const segs = splitIntoSegments(10, 30, [
      { start: 12, end: 20, kind: 'annotation', id: 'a' },
      { start: 15, end: 40, kind: 'find' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.kind).join('+')])).toEqual([
      [10, 12, ''],
      [12, 15, 'annotation'],
      [15, 20, 'annotation+find'],
      [20, 30, 'find'],
    ]);
  });

  it('always covers the block exactly, in order, whatever the marks', () => {
    const mark = fc.record({ start: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 8 }), (ms) => {
        const segs = splitIntoSegments(10, 50, ms.map((m) => ({ start: m.start, end: m.start + m.len, kind: 'annotation' as const })));
        expect(segs[0]?.start).toBe(10);
        expect(segs[segs.length - 1]?.end).toBe(50);
        for (let i = 1; i < segs.length; i++) expect(segs[i]?.start).toBe(segs[i - 1]?.end);
      }),
    );
  });
});

describe('findMatches', () => {
  it('finds every occurrence ignoring case, English and Chinese', () => {
    expect(findMatches('Rare earths. RARE earth. rare', 'rare')).toEqual([
      { start: 0, end: 4 },
      { start: 13, end: 17 },
      { start: 25, end: 29 },
    ]);
    expect(findMatches('中国稀土，稀土产量', '稀土').map((m) => m.start)).toEqual([2, 5]);
    expect(findMatches('anything', '  ')).toEqual([]);
  });

  it('returns offsets where the text really holds the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ minLength: 1, maxLength: 3 }), (text, q) => {
        for (const m of findMatches(text, q)) expect(text.slice(m.start, m.end).toLowerCase()).toBe(q.trim().toLowerCase());
      }),
    );
  });
});
