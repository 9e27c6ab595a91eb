import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { orderedSpan, stepWord } from '../../../../shared/reading/step-word';

const SEED = readFileSync(resolve(__dirname, '../../../../../shared/fixtures/seed-summary-rare-earths.txt'), 'utf8');

describe('stepWord', () => {
  const text = 'China produced 270,000 tons, which is 70% of output.';
  const span = { start: 0, end: text.length };

  it('steps right to the end of each word, skipping spaces and punctuation', () => {
    const ends: string[] = [];
    let at = 0;
    for (let i = 0; i < 4; i++) {
      at = stepWord(text, span, at, 1, 'en');
      ends.push(text.slice(0, at));
    }
    expect(ends).toEqual(['China', 'China produced', 'China produced 270,000', 'China produced 270,000 tons']);
  });

  it('steps left to the start of the previous word and stops at the block start', () => {
    const end = text.length;
    const first = stepWord(text, span, end, -1, 'en');
    expect(text.slice(first)).toBe('output.');
    expect(stepWord(text, span, 3, -1, 'en')).toBe(0);
    expect(stepWord(text, span, 0, -1, 'en')).toBe(0);
  });

  it('stays inside the block it is given', () => {
    const inner = { start: 6, end: 22 };
    expect(stepWord(text, inner, 22, 1, 'en')).toBe(22);
    expect(stepWord(text, inner, 0, 1, 'en')).toBe(14);
  });

  it('steps through Chinese by word, not by the whole sentence', () => {
    const zh = '中国的稀土产量占世界的百分之七十。';
    const after = stepWord(zh, { start: 0, end: zh.length }, 0, 1, 'zh');
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(zh.length - 1);
  });

  it('moves strictly and stays inside the span on every line of the seed summary', () => {
    const lines = SEED.split('\n').filter((l) => l.trim().length > 0);
    let offset = 0;
    for (const line of SEED.split('\n')) {
      if (line.trim().length > 0) {
        const s = { start: offset, end: offset + line.length };
        let at = s.start;
        let steps = 0;
        while (at < s.end) {
          const next = stepWord(SEED, s, at, 1);
          expect(next).toBeGreaterThan(at);
          at = next;
          steps++;
        }
        expect(at).toBe(s.end);
        expect(steps).toBeGreaterThan(0);
      }
      offset += line.length + 1;
    }
    expect(lines.length).toBeGreaterThan(3);
  });

  it('never leaves its span, for any text and start', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), fc.boolean(), (t, a, b, right) => {
        const start = Math.min(a, t.length);
        const end = Math.min(t.length, start + b);
        const to = stepWord(t, { start, end }, start + ((a + b) % (end - start + 1)), right ? 1 : -1);
        return to >= start && to <= end;
      }),
    );
  });
});

describe('orderedSpan', () => {
  it('orders anchor and focus', () => {
    expect(orderedSpan(9, 3)).toEqual({ start: 3, end: 9 });
    expect(orderedSpan(3, 9)).toEqual({ start: 3, end: 9 });
  });
});
