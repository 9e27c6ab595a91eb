import { measureKey } from './measures';
import { CALENDAR_YEAR, type ComparableQuantity } from './quantity';
import { subjectKey } from './subjects';
import { normalizeAmount } from './units';

/** The relative difference beyond which two figures disagree: 5%, the default and a user setting. */
export const DEFAULT_RELATIVE_TOLERANCE = 0.05;

/** The values a quantity allows, in its canonical unit: a point, a range, or a half-line for a bound. */
export interface ValueInterval {
  unit: string;
  low: number;
  high: number;
}

/** A quantity's values in its canonical unit, or undefined for a date or a unit we cannot normalize. */
export function intervalOf(quantity: ComparableQuantity): ValueInterval | undefined {
  if (quantity.kind === 'date' || quantity.normalized?.unit === CALENDAR_YEAR) return undefined;
  const normalized = quantity.normalized ?? normalizeAmount(quantity.value, quantity.unit, quantity.high);
  if (!normalized || !Number.isFinite(normalized.value)) return undefined;
  const low = normalized.value;
  const high = normalized.high !== undefined && Number.isFinite(normalized.high) && normalized.high > low ? normalized.high : low;
  switch (quantity.bound) {
    case 'over':
      return { unit: normalized.unit, low, high: Infinity };
    // "under 10%" and "within six months" allow anything up to the figure.
    case 'under':
    case 'within':
      return { unit: normalized.unit, low: -Infinity, high };
    default:
      return { unit: normalized.unit, low, high };
  }
}

/**
 * How far apart two intervals are, relative to the larger of the two facing ends: 0 when they overlap.
 * Symmetric by construction, so which claim is "first" never changes a verdict.
 */
export function relativeGap(a: ValueInterval, b: ValueInterval): number {
  const [lower, upper] = a.high < b.low ? [a, b] : b.high < a.low ? [b, a] : [undefined, undefined];
  if (!lower || !upper) return 0;
  const gap = upper.low - lower.high;
  const scale = Math.max(Math.abs(upper.low), Math.abs(lower.high));
  return scale === 0 ? 0 : gap / scale;
}

/** Why two quantities cannot be compared. */
export type IncomparableReason = 'not-an-amount' | 'no-subject-or-measure' | 'different-subject' | 'different-measure' | 'different-unit' | 'different-period';

/** The verdict on two quantities: incomparable (and why), agreeing within tolerance, or conflicting. */
export type QuantityComparison =
  | { verdict: 'incomparable'; reason: IncomparableReason }
  | { verdict: 'agree'; relativeDifference: number }
  | { verdict: 'conflict'; relativeDifference: number };

/** Compares two quantities about the same subject and measure; symmetric in its two arguments. */
export function compareQuantities(a: ComparableQuantity, b: ComparableQuantity, relativeTolerance = DEFAULT_RELATIVE_TOLERANCE): QuantityComparison {
  checkTolerance(relativeTolerance);
  if (a.subject === undefined || b.subject === undefined || a.measure === undefined || b.measure === undefined) {
    return { verdict: 'incomparable', reason: 'no-subject-or-measure' };
  }
  if (subjectKey(a.subject) !== subjectKey(b.subject)) return { verdict: 'incomparable', reason: 'different-subject' };
  if (measureKey(a.measure) !== measureKey(b.measure)) return { verdict: 'incomparable', reason: 'different-measure' };
  return compareValues(a, b, relativeTolerance);
}

/** Compares the values of two quantities already known to be about the same thing: same unit and period required. */
export function compareValues(a: ComparableQuantity, b: ComparableQuantity, relativeTolerance = DEFAULT_RELATIVE_TOLERANCE): QuantityComparison {
  const ia = intervalOf(a);
  const ib = intervalOf(b);
  if (!ia || !ib) return { verdict: 'incomparable', reason: 'not-an-amount' };
  if (ia.unit !== ib.unit) return { verdict: 'incomparable', reason: 'different-unit' };
  if (!samePeriod(a.period, b.period)) return { verdict: 'incomparable', reason: 'different-period' };
  const relativeDifference = relativeGap(ia, ib);
  return relativeDifference > relativeTolerance ? { verdict: 'conflict', relativeDifference } : { verdict: 'agree', relativeDifference };
}

/** Throws a RangeError for a tolerance that is not a finite, non-negative number: a caller's mistake, not data. */
export function checkTolerance(relativeTolerance: number): void {
  if (!Number.isFinite(relativeTolerance) || relativeTolerance < 0) {
    throw new RangeError(`relative tolerance must be a finite number >= 0, got ${relativeTolerance}`);
  }
}

/**
 * Whether two periods can be the same: equal years, or equal text; a missing period matches any. Figures for
 * different years do not contradict each other, and one with no period is compared so the analyst sees it.
 */
export function samePeriod(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const yearA = /\d{4}/u.exec(a)?.[0];
  const yearB = /\d{4}/u.exec(b)?.[0];
  if (yearA !== undefined && yearB !== undefined) return yearA === yearB;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
