import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUOTE_CONTEXT_LENGTH, describeRange } from '../../../../shared/anchoring/describe-range';
import { splitsSurrogatePair } from '../../../../shared/anchoring/code-point-boundaries';

// The Gettysburg Address (public domain), the text the Hypothesis client's selector tests use.
const GETTYSBURG =
  'Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal.';

describe('describeRange', () => {
  it('takes 32 code units of context either side, as Hypothesis does', () => {
    const start = GETTYSBURG.indexOf('Liberty');
    const d = describeRange(GETTYSBURG, start, start + 'Liberty'.length, { sourceHash: 'h1' });
    expect(QUOTE_CONTEXT_LENGTH).toBe(32);
    expect(d.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Liberty',
      prefix: 'his continent, a new nation, conceived in '.slice(-32),
      suffix: ', and dedicated to the propositi',
    });
    expect(d.position).toEqual({ type: 'TextPositionSelector', start, end: start + 7 });
    expect(d.sourceHash).toBe('h1');
  });

  it('gives an empty prefix at the start of the text and a short suffix at its end', () => {
    expect(describeRange(GETTYSBURG, 0, 4, { sourceHash: 'h' }).quote).toMatchObject({ exact: 'Four', prefix: '', suffix: ' score and seven years ago our f' });
    const end = GETTYSBURG.length;
    expect(describeRange(GETTYSBURG, end - 6, end, { sourceHash: 'h' }).quote).toMatchObject({ exact: 'equal.', suffix: '' });
  });

  it('clamps offsets to the text and puts them in order', () => {
    expect(describeRange('abc', 5, -2, { sourceHash: 'h' }).position).toEqual({ type: 'TextPositionSelector', start: 0, end: 3 });
  });

  it('widens a range that would cut an emoji in half, and trims context inward', () => {
    const text = 'ab😀cd';
    // Offsets 3 and 4 fall between the two halves of the emoji (code units 2 and 3).
    expect(describeRange(text, 3, 5, { sourceHash: 'h' }).quote.exact).toBe('😀c');
    expect(describeRange(text, 0, 3, { sourceHash: 'h' }).quote.exact).toBe('ab😀');
    const d = describeRange(text, 4, 5, { sourceHash: 'h', contextLength: 1 });
    expect(d.quote).toMatchObject({ exact: 'c', prefix: '', suffix: 'd' });
  });

  it('never cuts a surrogate pair in any selector (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '字', '😀', '𠀋', 'é'), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat({ max: 40 }), (t, x, y, context) => {
        const d = describeRange(t, x % (t.length + 1), y % (t.length + 1), { sourceHash: 'h', contextLength: context });
        const { start, end } = d.position;
        for (const offset of [start, end, start - (d.quote.prefix ?? '').length, end + (d.quote.suffix ?? '').length]) {
          expect(splitsSurrogatePair(t, offset)).toBe(false);
        }
        expect(t.slice(start, end)).toBe(d.quote.exact);
        expect(t.slice(0, start).endsWith(d.quote.prefix ?? '')).toBe(true);
        expect(t.slice(end).startsWith(d.quote.suffix ?? '')).toBe(true);
      }),
    );
  });
});
