import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAYS_PER_MONTH,
  DAYS_PER_YEAR,
  dimensionOf,
  lookupUnit,
  normalizeAmount,
  UNIT_SYMBOLS,
  UNIT_WORDS,
} from '../../../../../shared/claims/quantities/units';

describe('lookupUnit', () => {
  it.each([
    ['t', 't', 1],
    ['ton', 't', 1],
    ['tons', 't', 1],
    ['Tonnes', 't', 1],
    ['metric tons', 't', 1],
    ['kt', 't', 1e3],
    ['Mt', 't', 1e6],
    ['million tons', 't', 1e6],
    ['million  tonnes', 't', 1e6],
    ['thousand tonnes', 't', 1e3],
    ['kg', 't', 1e-3],
    ['吨', 't', 1],
    ['万吨', 't', 1e4],
    ['亿吨', 't', 1e8],
    ['千万吨', 't', 1e7],
    ['%', '%', 1],
    ['percent', '%', 1],
    ['per cent', '%', 1],
    ['百分之', '%', 1],
    ['成', '%', 10],
    ['percentage points', 'pp', 1],
    ['个百分点', 'pp', 1],
    ['days', 'd', 1],
    ['天', 'd', 1],
    ['weeks', 'd', 7],
    ['months', 'd', DAYS_PER_MONTH],
    ['个月', 'd', DAYS_PER_MONTH],
    ['years', 'd', DAYS_PER_YEAR],
    ['年', 'd', DAYS_PER_YEAR],
    ['$', 'USD', 1],
    ['US$', 'USD', 1],
    ['billion US$', 'USD', 1e9],
    ['USD', 'USD', 1],
    ['dollars', 'USD', 1],
    ['美元', 'USD', 1],
    ['亿美元', 'USD', 1e8],
    ['€', 'EUR', 1],
    ['欧元', 'EUR', 1],
    ['元', 'CNY', 1],
    ['亿元', 'CNY', 1e8],
    ['yuan', 'CNY', 1],
    ['RMB', 'CNY', 1],
    ['日元', 'JPY', 1],
    ['yen', 'JPY', 1],
    ['¥', '¥', 1],
    ['million', 'count', 1e6],
    ['万', 'count', 1e4],
  ])('reads %s as %s × %d', (spelling, canonical, factor) => {
    const unit = lookupUnit(spelling);
    expect(unit?.canonical).toBe(canonical);
    expect(unit?.factor).toBeCloseTo(factor, 12);
  });

  it('matches symbols with their case and words without', () => {
    expect(lookupUnit('MT')).toBeUndefined();
    expect(lookupUnit('mt')).toBeUndefined();
    expect(lookupUnit('T')).toBeUndefined();
    expect(lookupUnit('TONS')?.canonical).toBe('t');
  });

  it('knows nothing of unknown units or inherited object keys', () => {
    for (const spelling of ['furlongs', '', 'constructor', 'toString', 'millions', 'million furlongs', '__proto__']) {
      expect(lookupUnit(spelling)).toBeUndefined();
    }
  });
});

describe('normalizeAmount', () => {
  it('converts to the canonical unit, keeping the upper end of a range', () => {
    expect(normalizeAmount(44, 'million tons')).toEqual({ value: 44_000_000, unit: 't' });
    expect(normalizeAmount(4400, '万吨')).toEqual({ value: 44_000_000, unit: 't' });
    expect(normalizeAmount(1.1, '亿吨')).toEqual({ value: 110_000_000, unit: 't' });
    expect(normalizeAmount(270, 'kt')).toEqual({ value: 270_000, unit: 't' });
    expect(normalizeAmount(6, 'months')).toEqual({ value: 180, unit: 'd' });
    expect(normalizeAmount(10, '%', 12)).toEqual({ value: 10, unit: '%', high: 12 });
    expect(normalizeAmount(1.5, 'billion $')).toEqual({ value: 1_500_000_000, unit: 'USD' });
  });

  it('rounds away binary-fraction noise', () => {
    expect(normalizeAmount(0.7, '万吨')?.value).toBe(7000);
    expect(normalizeAmount(2.3, 'million tons')?.value).toBe(2_300_000);
  });

  it('refuses unknown units and non-finite values', () => {
    expect(normalizeAmount(1, 'furlongs')).toBeUndefined();
    expect(normalizeAmount(Number.NaN, 't')).toBeUndefined();
    expect(normalizeAmount(Infinity, 't')).toBeUndefined();
    expect(normalizeAmount(1e301, '亿吨')).toBeUndefined();
  });

  it('is stable: normalizing a normalized amount changes nothing', () => {
    const spellings = [...Object.keys(UNIT_SYMBOLS), ...Object.keys(UNIT_WORDS), 'million tons', '万吨', '亿吨', 'billion $', '亿元'];
    fc.assert(
      fc.property(
        fc.constantFrom(...spellings),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (unit, value) => {
          const once = normalizeAmount(value, unit);
          if (!once) return;
          expect(normalizeAmount(once.value, once.unit)).toEqual(once);
        },
      ),
    );
  });
});

describe('dimensionOf', () => {
  it('names the dimension of each canonical unit', () => {
    expect(['t', '%', 'pp', 'd', 'count', 'USD', '¥'].map(dimensionOf)).toEqual([
      'mass', 'share', 'share-change', 'duration', 'count', 'currency', 'currency',
    ]);
    expect(dimensionOf('calendar year')).toBeUndefined();
  });
});
