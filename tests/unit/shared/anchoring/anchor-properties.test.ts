import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor } from '../../../../shared/anchoring/anchor';
import { QUOTE_CONTEXT_LENGTH, describeRange } from '../../../../shared/anchoring/describe-range';
import { numbersUnchanged } from '../../../../shared/anchoring/quote-numbers';

// Words in English, Chinese and emoji (surrogate pairs), with no numbers among them: a changed number
// rightly stops a fuzzy anchor, which is tested on its own.
const VOCABULARY = [
  'the', 'report', 'latency', 'cache', 'team', 'board', 'approved', 'budget', 'quarter', 'export', 'review', 'measure',
  'supply', 'market', 'policy', 'rare', 'earth', 'magnet', 'shipping', 'agreement', 'signed', 'capital', 'reserve',
  '稀土', '协议', '中国', '储量', '全球', '产量', '各方', '复核', '😀', '🚀', '𠀋', 'naïve', 'café',
];
const word = fc.constantFrom(...VOCABULARY);
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '');
const textOf = (minWords: number, maxWords: number) =>
  fc.array(fc.tuple(word, separator), { minLength: minWords, maxLength: maxWords }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('anchor properties', () => {
  it('describing then anchoring a range on unchanged text returns the same range', () => {
    fc.assert(
      fc.property(textOf(1, 120), fc.nat(), fc.nat(), (text, x, y) => {
        const d = describeRange(text, x % (text.length + 1), y % (text.length + 1), { sourceHash: 'v1' });
        fc.pre(d.quote.exact.length > 0);
        const result = anchor(text, [d.quote, d.position]);
        expect(result).toEqual({ status: 'exact', start: d.position.start, end: d.position.end, method: 'position' });
        // The quote alone finds the same range too: among repeats, the one whose context fits best.
        expect(anchor(text, [d.quote])).toMatchObject({ status: 'exact', start: d.position.start, end: d.position.end });
      }),
      { numRuns: 300 },
    );
  });

  it('anchors exactly, by quote, after random insertions and deletions away from the passage', () => {
    const edit = fc.record({ at: fc.nat(), insert: fc.oneof(textOf(0, 6), fc.constant('')), remove: fc.nat({ max: 30 }) });
    fc.assert(
      fc.property(textOf(150, 300), fc.nat(), fc.integer({ min: 8, max: 120 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (text, x, length, edits) => {
        const d = describeRange(text, x % text.length, (x % text.length) + length, { sourceHash: 'v1' });
        fc.pre(d.quote.exact.trim().length >= 8);
        // Edits keep clear of the passage and of the context stored with it.
        const guardStart = d.position.start - QUOTE_CONTEXT_LENGTH;
        const guardEnd = d.position.end + QUOTE_CONTEXT_LENGTH;
        let edited = text;
        let shift = 0;
        for (const e of edits) {
          const passageStart = d.position.start + shift;
          const before = e.at % 2 === 0;
          const lo = before ? 0 : guardEnd + shift;
          const hi = before ? guardStart + shift : edited.length;
          if (hi - lo <= 0) continue;
          const at = lo + (e.at % (hi - lo));
          const remove = Math.min(e.remove, hi - at);
          // Cutting inside an emoji would change characters the test did not mean to change.
          const cut = describeRange(edited, at, at + remove, { sourceHash: 'x' }).position;
          if (cut.start < lo || cut.end > hi) continue;
          edited = edited.slice(0, cut.start) + e.insert + edited.slice(cut.end);
          if (cut.start < passageStart) shift += e.insert.length - (cut.end - cut.start);
        }
        const result = anchor(edited, [d.quote, d.position]);
        expect(result.status).toBe('exact');
        if (result.status !== 'exact') return;
        expect(edited.slice(result.start, result.end)).toBe(d.quote.exact);
        expect(result.start).toBe(d.position.start + shift);
      }),
      { numRuns: 200 },
    );
  });

  it('anchors approximately after one or two small edits inside a passage', () => {
    const innerEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom('substitute', 'insert', 'delete') });
    fc.assert(
      fc.property(textOf(60, 150), fc.nat(), fc.integer({ min: 40, max: 160 }), fc.array(innerEdit, { minLength: 1, maxLength: 2 }), (text, x, length, edits) => {
        const d = describeRange(text, x % text.length, (x % text.length) + length, { sourceHash: 'v1' });
        fc.pre(d.quote.exact.length >= 40);
        let passage = d.quote.exact;
        for (const e of edits) {
          const at = describeRange(passage, e.at % passage.length, e.at % passage.length, { sourceHash: 'x' }).position.start;
          const next = describeRange(passage, at, at + 1, { sourceHash: 'x' }).position.end;
          if (e.kind === 'substitute') passage = `${passage.slice(0, at)}q${passage.slice(next)}`;
          else if (e.kind === 'insert') passage = `${passage.slice(0, at)}q${passage.slice(at)}`;
          else passage = passage.slice(0, at) + passage.slice(next);
        }
        fc.pre(passage !== d.quote.exact && numbersUnchanged(d.quote.exact, passage));
        const edited = text.slice(0, d.position.start) + passage + text.slice(d.position.end);
        fc.pre(!edited.includes(d.quote.exact));
        const result = anchor(edited, [d.quote, d.position]);
        expect(result.status).toBe('approximate');
        if (result.status !== 'approximate') return;
        // The match may absorb or drop an edited character at an edge, and in repetitive text ("the the the")
        // may be one word off: it must cover nearly all of the edited passage and little else.
        const expectedEnd = d.position.start + passage.length;
        const overlap = Math.min(result.end, expectedEnd) - Math.max(result.start, d.position.start);
        const union = Math.max(result.end, expectedEnd) - Math.min(result.start, d.position.start);
        expect(overlap / union).toBeGreaterThanOrEqual(0.8);
      }),
      { numRuns: 200 },
    );
  });
});
