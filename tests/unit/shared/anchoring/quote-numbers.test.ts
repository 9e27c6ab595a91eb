import { describe, expect, it } from 'vitest';
import { extractNumbers, numbersUnchanged } from '../../../../shared/anchoring/quote-numbers';

describe('extractNumbers', () => {
  it.each([
    ['latency fell by 12% in 2024', [{ value: 12, percent: true }, { value: 2024, percent: false }]],
    ['twelve percent', [{ value: 12, percent: true }]],
    ['one hundred and twenty-five staff', [{ value: 125, percent: false }]],
    ['1.5 million tons and 270,000 tons', [{ value: 1_500_000, percent: false }, { value: 270_000, percent: false }]],
    ['down 3.5 per cent', [{ value: 3.5, percent: true }]],
    ['百分之十二', [{ value: 12, percent: true }]],
    ['十二', [{ value: 12, percent: false }]],
    ['二〇二五年', [{ value: 2025, percent: false }]],
    ['一亿三千万', [{ value: 130_000_000, percent: false }]],
    ['27万吨', [{ value: 270_000, percent: false }]],
    ['三点五', [{ value: 3.5, percent: false }]],
    ['１２％', [{ value: 12, percent: true }]],
    ['fell -5 percent', [{ value: -5, percent: true }]],
    ['COVID-19 in 2019-2020', [{ value: 19, percent: false }, { value: 2019, percent: false }, { value: 2020, percent: false }]],
    ['often someone stone', []],
  ])('%s', (text, expected) => {
    expect(extractNumbers(text)).toEqual(expected);
  });
});

describe('numbersUnchanged', () => {
  it('compares values, not spellings', () => {
    expect(numbersUnchanged('reduced latency by twelve percent', 'reduced latency by 12%')).toBe(true);
    expect(numbersUnchanged('1.1 million', '1,100,000')).toBe(true);
    expect(numbersUnchanged('增长百分之十二', '增长12%')).toBe(true);
    expect(numbersUnchanged('4.4亿', '440,000,000')).toBe(true);
  });

  it('notices a changed, added, removed or reordered number, or a lost percent sign', () => {
    expect(numbersUnchanged('by twelve percent', 'by ten percent')).toBe(false);
    expect(numbersUnchanged('grew 5%', 'grew 5% to 7%')).toBe(false);
    expect(numbersUnchanged('from 10 to 12', 'from 12 to 10')).toBe(false);
    expect(numbersUnchanged('rose 12%', 'rose 12')).toBe(false);
    expect(numbersUnchanged('增长十二', '增长十')).toBe(false);
  });

  it('is indifferent to edits that touch no number', () => {
    expect(numbersUnchanged('Team Alpha cut latency by 12%', 'The Alpha team cut its latency by 12%')).toBe(true);
  });
});
