import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractQuantities } from '../../../../../shared/claims/quantities/extract-quantities';
import { normalizeAmount } from '../../../../../shared/claims/quantities/units';

// Pieces of the texts we read, so random strings land on numbers, units and qualifiers far more often than noise would.
const PIECES = [
  ' ', ' ', ',', '，', '.', '。', '-', '–', '~', '..', ',,', '%', '％', '$', 'US$', '¥', '€', '[8]', '\n', ' - ',
  '0', '1', '7', '44', '0.1', '1,234', '270,000', '1,2,3,,', '12..5', '2027', '2025-10-30', '９０',
  'six', 'forty-four', 'a', 'hundred', 'million', 'billion', 'and', 'between', 'to', 'from',
  'tons', 't', 'kt', 'Mt', 'months', 'days', 'years', 'percent', 'percentage points',
  'over', 'under', 'about', 'approximately', 'more than', 'within', 'by', 'of', 'the', "world's", 'global', 'total', 'output',
  'reserves', 'producing', 'rose', 'China', 'US', 'U.S.', 'it', 'its', 'by China', 'containing', 'requiring',
  '七十', '百分之', '四千四百', '万', '亿', '吨', '万吨', '亿吨', '两', '十', '点', '第', '成', '个月', '天', '年', '内',
  '约', '近', '超过', '不到', '以上', '左右', '多', '前', '到', '至', '占', '的', '全球', '中国', '储量', '产量', '美元', '元',
];

const piecesArbitrary = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ', ' ')), { maxLength: 40 });
const textArbitrary = fc.oneof(
  piecesArbitrary.map((pieces) => pieces.flat().join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

describe('extractQuantities properties', () => {
  it('never throws, and every quantity has finite values, a known unit and a span that quotes the text', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        for (const q of extractQuantities(text)) {
          expect(Number.isFinite(q.value)).toBe(true);
          expect(Number.isFinite(q.normalized.value)).toBe(true);
          if (q.high !== undefined) {
            expect(q.high).toBeGreaterThan(q.value);
            expect(q.kind === 'amount' && Number.isFinite(q.normalized.high)).toBe(true);
          }
          expect(q.value).toBeGreaterThanOrEqual(0);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.kind === 'amount') expect(normalizeAmount(q.value, q.unit, q.high)).toEqual(q.normalized);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('returns mentions in order and without overlaps', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const found = extractQuantities(text);
        for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any amount written with thousands separators and a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.constantFrom('tons', 't', 'kt', '%', 'days', 'USD'), (n, unit) => {
        const [q] = extractQuantities(`output of ${n.toLocaleString('en-US')} ${unit}`);
        expect(q?.value).toBe(n);
        expect(q?.unit).toBe(unit);
      }),
    );
  });

  it('is unchanged by text added after the last sentence', () => {
    fc.assert(
      fc.property(piecesArbitrary.map((p) => p.flat().join('')), fc.string({ maxLength: 40 }), (text, tail) => {
        const alone = extractQuantities(`${text}\n`);
        const withTail = extractQuantities(`${text}\n${tail}`).filter((q) => q.end <= text.length);
        expect(withTail.map((q) => q.text)).toEqual(alone.map((q) => q.text));
      }),
      { numRuns: 500 },
    );
  });
});
