import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textDiff, type DiffPart } from '../../../../shared/anchoring/text-diff';

function side(parts: DiffPart[], keep: 'insert' | 'delete'): string {
  return parts.filter((p) => p.op === 'equal' || p.op === keep).map((p) => p.text).join('');
}

describe('textDiff', () => {
  it('shows a changed number as one word replaced', () => {
    expect(textDiff('Team Alpha reduced latency by twelve percent', 'Team Alpha reduced latency by ten percent')).toEqual([
      { op: 'equal', text: 'Team Alpha reduced latency by ' },
      { op: 'delete', text: 'twelve' },
      { op: 'insert', text: 'ten' },
      { op: 'equal', text: ' percent' },
    ]);
  });

  it('diffs Chinese character by character', () => {
    expect(textDiff('延迟降低了百分之十二', '延迟降低了百分之十')).toEqual([
      { op: 'equal', text: '延迟降低了百分之十' },
      { op: 'delete', text: '二' },
    ]);
  });

  it('gives nothing for two empty texts and a single part for identical ones', () => {
    expect(textDiff('', '')).toEqual([]);
    expect(textDiff('same 😀 text', 'same 😀 text')).toEqual([{ op: 'equal', text: 'same 😀 text' }]);
  });

  it('rebuilds both texts from its parts, with no two neighbours of the same kind (property)', () => {
    const words = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '字', '😀', ',', 'x'), maxLength: 40 });
    fc.assert(
      fc.property(words, words, (before, after) => {
        const parts = textDiff(before, after);
        expect(side(parts, 'delete')).toBe(before);
        expect(side(parts, 'insert')).toBe(after);
        parts.forEach((p, i) => {
          expect(p.text).not.toBe('');
          expect(parts[i + 1]?.op).not.toBe(p.op);
        });
      }),
    );
  });
});
