import type { NormalizedAmount } from './units';

/** A bound on an amount: more than, less than, or (for a duration) no longer than. */
export type AmountBound = 'over' | 'under' | 'within';
/** A bound on a date: no later than (`by 2027`). */
export type DateBound = 'by';
/** Every bound a quantity can carry; the same four the stored `Quantity` allows. */
export type QuantityBound = AmountBound | DateBound;

/** The unit a date is normalized to. Years stay years: `2027` is a point in time, not 2027 × 365 days. */
export const CALENDAR_YEAR = 'calendar year';

/** A date in its canonical unit. */
export interface NormalizedDate {
  value: number;
  unit: typeof CALENDAR_YEAR;
}

interface QuantityFields {
  /** The number as written, scale words aside: 44 in `44 million tons`; for a range, its lower end. */
  value: number;
  /** The upper end of a range (`10–12%` has value 10 and high 12), in the written unit. */
  high?: number;
  /** The unit as written, scale word included: `million tons`, `万吨`, `%`; empty for a bare year. */
  unit: string;
  approx: boolean;
  /** Who or what the figure is about: `China`, `US`, `World` (from a global or world total). */
  subject?: string;
  /** What the figure measures: `reserves`, `production`, `share of world output`. */
  measure?: string;
  /** The date or span the figure holds for: `2024`, `by 2027`, `within six months`. */
  period?: string;
  /** The mention as written, qualifiers included (`approximately 44 million tons`), and where it stands in the text. */
  text: string;
  start: number;
  end: number;
}

/** An amount: a mass, share, sum of money, duration or count. */
export interface AmountQuantity extends QuantityFields {
  kind: 'amount';
  normalized: NormalizedAmount;
  bound?: AmountBound;
}

/** A calendar year named as a date or deadline (`by 2027`, `2025年`), not an amount. */
export interface DateQuantity extends QuantityFields {
  kind: 'date';
  normalized: NormalizedDate;
  bound?: DateBound;
}

/** A quantity read from a claim's text; a superset of the stored `Quantity` (see the report on `QuantitySchema`). */
export type ExtractedQuantity = AmountQuantity | DateQuantity;

/** The fields the conflict and derived-figure rules read; both an extracted quantity and a stored `Quantity` have them. */
export interface ComparableQuantity {
  kind?: 'amount' | 'date';
  subject?: string;
  measure?: string;
  value: number;
  high?: number;
  unit: string;
  normalized?: { value: number; unit: string; high?: number };
  period?: string;
  approx: boolean;
  bound?: QuantityBound;
}

/** One claim's quantities together with every source the claim rests on. */
export interface ClaimQuantities {
  claimId: string;
  sourceIds: readonly string[];
  quantities: readonly ComparableQuantity[];
}

/** Points at one quantity of one claim. */
export interface QuantityRef {
  claimId: string;
  quantityIndex: number;
  quantity: ComparableQuantity;
}
