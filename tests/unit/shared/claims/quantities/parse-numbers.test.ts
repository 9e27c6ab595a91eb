import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseChineseNumeral, parseDigits, parseEnglishNumber } from '../../../../../shared/claims/quantities/parse-numbers';

describe('parseDigits', () => {
  it('reads plain, grouped and decimal numbers', () => {
    expect(['0', '0.1', '2027', '270000', '270,000', '1,234.5', '44'].map(parseDigits)).toEqual([0, 0.1, 2027, 270000, 270000, 1234.5, 44]);
  });

  it('refuses malformed runs instead of guessing', () => {
    for (const token of ['1,2,3', '1,2,3,,', '12..5', '3.14.15', '1,23', '1,2345', '0,1', '000', '05', ',5', '5,', '1.', '']) {
      expect(parseDigits(token), token).toBeUndefined();
    }
  });

  it('round-trips any integer written with English thousands separators', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      expect(parseDigits(n.toLocaleString('en-US'))).toBe(n);
    }));
  });
});

describe('parseEnglishNumber', () => {
  it.each([
    ['six', 6],
    ['Twenty', 20],
    ['forty-four', 44],
    ['a hundred', 100],
    ['one hundred and eighty', 180],
    ['two hundred fifty thousand', 250_000],
    ['fifteen hundred', 1500],
    ['a million', 1_000_000],
    ['forty-four million', 44_000_000],
    ['two million three hundred thousand', 2_300_000],
  ])('reads %s as %d', (words, value) => {
    expect(parseEnglishNumber(words)).toBe(value);
  });

  it('refuses word salad', () => {
    for (const words of ['one two', 'twenty thirty', 'thousand million', 'million', 'a', 'a six', 'hundred hundred', 'and', 'constructor', 'toString']) {
      expect(parseEnglishNumber(words), words).toBeUndefined();
    }
  });
});

// Writes a positive integer below 10^12 as a Chinese numeral, the way Chinese text writes amounts.
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const section = (v: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(v / unit) % 10;
      if (d === 0) {
        if (out !== '') zero = true;
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += `${digits[d]}${name}`;
    }
    return out;
  };
  const parts: [number, string][] = [[Math.floor(n / 1e8), '亿'], [Math.floor(n / 1e4) % 1e4, '万'], [n % 1e4, '']];
  let out = '';
  for (const [value, name] of parts) {
    if (value === 0) continue;
    if (out !== '' && value < 1000) out += '零';
    out += section(value) + name;
  }
  return out;
}

describe('parseChineseNumeral', () => {
  it.each([
    ['七', 7],
    ['十', 10],
    ['十五', 15],
    ['七十', 70],
    ['两', 2],
    ['一百八十', 180],
    ['一千零五', 1005],
    ['四千四百万', 44_000_000],
    ['二十七万', 270_000],
    ['一亿五千万', 150_000_000],
    ['三万亿', 3e12],
    ['二〇二七', 2027],
    ['一九九九', 1999],
    ['三点五', 3.5],
    ['零点一', 0.1],
    ['壹佰', 100],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('refuses malformed numerals', () => {
    for (const text of ['万', '亿', '十百', '二三', '一两', '三四', '七十点', '点五', '一点二点三', '百千', '']) {
      expect(parseChineseNumeral(text), text).toBeUndefined();
    }
  });

  it('round-trips every amount written as a Chinese numeral', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
      expect(parseChineseNumeral(toChinese(n))).toBe(n);
    }));
  });
});
