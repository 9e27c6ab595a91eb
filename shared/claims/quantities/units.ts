/** What a unit measures; quantities of different dimensions are never compared. */
export type Dimension = 'mass' | 'share' | 'share-change' | 'currency' | 'duration' | 'count';

/**
 * Currencies keep their own code: figures are never converted between currencies, because a rate
 * depends on a date the text rarely gives and an offline tool has no trustworthy source for it.
 * `¥` alone is kept apart from CNY and JPY: the sign stands for both the yuan and the yen.
 */
export type CurrencyCode = 'USD' | 'EUR' | 'GBP' | 'CNY' | 'JPY' | '¥';

/** The one unit each dimension is compared in. */
export type CanonicalUnit = 't' | '%' | 'pp' | 'd' | 'count' | CurrencyCode;

/** How a written unit maps onto its canonical unit: `value × factor` is the value in `canonical`. */
export interface UnitDefinition {
  canonical: CanonicalUnit;
  factor: number;
  dimension: Dimension;
}

/** An amount in its canonical unit; `high` is the upper end of a range, `value` its lower end. */
export interface NormalizedAmount {
  value: number;
  unit: CanonicalUnit;
  high?: number;
}

// Durations are compared in days. A month is taken as 30 days and a year as 365: the texts we read give
// deadlines and spans ("within six months", "within 180 days"), where a calendar-exact length is not meant,
// and a fixed factor keeps "six months" and "180 days" equal, which is how an analyst reads them.
/** Days in a month, for comparing durations. */
export const DAYS_PER_MONTH = 30;
/** Days in a year, for comparing durations. */
export const DAYS_PER_YEAR = 365;
const DAYS_PER_WEEK = 7;
const DAYS_PER_DECADE = 10 * DAYS_PER_YEAR;

const mass = (factor: number): UnitDefinition => ({ canonical: 't', factor, dimension: 'mass' });
const days = (factor: number): UnitDefinition => ({ canonical: 'd', factor, dimension: 'duration' });
const money = (code: CurrencyCode): UnitDefinition => ({ canonical: code, factor: 1, dimension: 'currency' });
const PERCENT: UnitDefinition = { canonical: '%', factor: 1, dimension: 'share' };
const POINTS: UnitDefinition = { canonical: 'pp', factor: 1, dimension: 'share-change' };
const COUNT: UnitDefinition = { canonical: 'count', factor: 1, dimension: 'count' };

/**
 * Symbols and abbreviations, matched with their case: `Mt` is a megatonne, `mt` is not read, and `t` is a
 * tonne only as a separate token. Every canonical unit is its own entry with factor 1, so normalizing twice is stable.
 */
export const UNIT_SYMBOLS: Readonly<Record<string, UnitDefinition>> = {
  t: mass(1),
  kt: mass(1e3),
  Mt: mass(1e6),
  Gt: mass(1e9),
  kg: mass(1e-3),
  '%': PERCENT,
  pp: POINTS,
  d: days(1),
  count: COUNT,
  $: money('USD'),
  US$: money('USD'),
  USD: money('USD'),
  '€': money('EUR'),
  EUR: money('EUR'),
  '£': money('GBP'),
  GBP: money('GBP'),
  CNY: money('CNY'),
  RMB: money('CNY'),
  'CN¥': money('CNY'),
  JPY: money('JPY'),
  'JP¥': money('JPY'),
  '¥': money('¥'),
  // Chinese units: written without spaces and without case.
  吨: mass(1),
  公吨: mass(1),
  公斤: mass(1e-3),
  千克: mass(1e-3),
  百分之: PERCENT,
  // 成 is a tenth: 七成 is 70%.
  成: { canonical: '%', factor: 10, dimension: 'share' },
  个百分点: POINTS,
  百分点: POINTS,
  天: days(1),
  周: days(DAYS_PER_WEEK),
  个星期: days(DAYS_PER_WEEK),
  星期: days(DAYS_PER_WEEK),
  个月: days(DAYS_PER_MONTH),
  年: days(DAYS_PER_YEAR),
  美元: money('USD'),
  美金: money('USD'),
  欧元: money('EUR'),
  英镑: money('GBP'),
  元: money('CNY'),
  人民币: money('CNY'),
  日元: money('JPY'),
  円: money('JPY'),
};

/** Unit words, matched without case: `Tons`, `tons` and `TONS` are one unit. */
export const UNIT_WORDS: Readonly<Record<string, UnitDefinition>> = {
  ton: mass(1),
  tons: mass(1),
  tonne: mass(1),
  tonnes: mass(1),
  'metric ton': mass(1),
  'metric tons': mass(1),
  'metric tonne': mass(1),
  'metric tonnes': mass(1),
  kilotonne: mass(1e3),
  kilotonnes: mass(1e3),
  kiloton: mass(1e3),
  kilotons: mass(1e3),
  megatonne: mass(1e6),
  megatonnes: mass(1e6),
  kilogram: mass(1e-3),
  kilograms: mass(1e-3),
  percent: PERCENT,
  'per cent': PERCENT,
  pct: PERCENT,
  'percentage point': POINTS,
  'percentage points': POINTS,
  day: days(1),
  days: days(1),
  week: days(DAYS_PER_WEEK),
  weeks: days(DAYS_PER_WEEK),
  month: days(DAYS_PER_MONTH),
  months: days(DAYS_PER_MONTH),
  year: days(DAYS_PER_YEAR),
  years: days(DAYS_PER_YEAR),
  yr: days(DAYS_PER_YEAR),
  yrs: days(DAYS_PER_YEAR),
  decade: days(DAYS_PER_DECADE),
  decades: days(DAYS_PER_DECADE),
  dollar: money('USD'),
  dollars: money('USD'),
  'us dollars': money('USD'),
  'u.s. dollars': money('USD'),
  euro: money('EUR'),
  euros: money('EUR'),
  yuan: money('CNY'),
  renminbi: money('CNY'),
  yen: money('JPY'),
};

/** Words and characters that multiply a number: `44 million`, `4400万`. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};

// Products are rounded to this many significant digits, so 0.7 × 10,000 is 7,000 and not 7000.000000000001;
// 15 digits is what a double holds exactly, which also makes normalizing an already normalized amount a no-op.
const SIGNIFICANT_DIGITS = 15;

/** Looks up one unit spelling (no scale word): a symbol with its case, or a word without. */
export function lookupBaseUnit(spelling: string): UnitDefinition | undefined {
  const trimmed = spelling.trim().replace(/\s+/gu, ' ');
  return own(UNIT_SYMBOLS, trimmed) ?? own(UNIT_WORDS, trimmed.toLowerCase());
}

/** Looks up a unit as written, scale words included (`million tons`, `万吨`, `billion US$`); a bare scale is a count. */
export function lookupUnit(spelling: string): UnitDefinition | undefined {
  const trimmed = spelling.trim().replace(/\s+/gu, ' ');
  const base = lookupBaseUnit(trimmed);
  if (base) return base;
  const scaled = splitScale(trimmed);
  if (!scaled) return undefined;
  const rest = scaled.rest === '' ? COUNT : lookupBaseUnit(scaled.rest);
  if (!rest) return undefined;
  return { ...rest, factor: multiply(rest.factor, scaled.factor) };
}

/** Converts an amount written in `unit` to its canonical unit, or undefined when the unit is unknown or the value is not finite. */
export function normalizeAmount(value: number, unit: string, high?: number): NormalizedAmount | undefined {
  const definition = lookupUnit(unit);
  if (!definition || !Number.isFinite(value)) return undefined;
  const out: NormalizedAmount = { value: multiply(value, definition.factor), unit: definition.canonical };
  if (high !== undefined && Number.isFinite(high)) out.high = multiply(high, definition.factor);
  return Number.isFinite(out.value) && (out.high === undefined || Number.isFinite(out.high)) ? out : undefined;
}

/** The dimension of a canonical unit, or undefined for a unit this table does not know. */
export function dimensionOf(unit: string): Dimension | undefined {
  return own(UNIT_SYMBOLS, unit)?.dimension;
}

// Multiplies and rounds away binary-fraction noise, keeping 15 significant digits.
function multiply(value: number, factor: number): number {
  const product = value * factor;
  return Number.isFinite(product) ? Number(product.toPrecision(SIGNIFICANT_DIGITS)) : product;
}

// Scale words are tried longest first, so 千万 is read as ten million and not as 千 followed by 万.
const SCALES_LONGEST_FIRST = Object.keys(SCALE_WORDS).sort((a, b) => b.length - a.length);

function splitScale(spelling: string): { factor: number; rest: string } | undefined {
  const lower = spelling.toLowerCase();
  for (const scale of SCALES_LONGEST_FIRST) {
    if (!lower.startsWith(scale)) continue;
    const rest = spelling.slice(scale.length);
    // An English scale word must end at a word boundary: `millions` is not `million` + `s`.
    if (/^[a-z]/iu.test(scale) && /^[a-z]/iu.test(rest)) continue;
    const factor = SCALE_WORDS[scale];
    if (factor !== undefined) return { factor, rest: rest.trim() };
  }
  return undefined;
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
