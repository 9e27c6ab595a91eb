import { checkTolerance, compareValues, DEFAULT_RELATIVE_TOLERANCE, intervalOf, samePeriod, type ValueInterval } from './compare-quantities';
import { measureKey, parseShareMeasure } from './measures';
import type { ClaimQuantities, ComparableQuantity, QuantityRef } from './quantity';
import { subjectKey, WORLD } from './subjects';
import { dimensionOf } from './units';

/** How a stated total compares with a derived one. */
export interface StatedTotalComparison {
  stated: QuantityRef;
  verdict: 'agree' | 'conflict';
  relativeDifference: number;
}

/** A world total implied by a share and an amount: 44 million t at 40% of global reserves is about 110 million t. */
export interface DerivedTotal {
  subject: typeof WORLD;
  /** The measure of the whole, as the share named it: `reserves`, `output`. */
  measure: string;
  /** The total in the amount's canonical unit; a range when either input was one. */
  value: number;
  high?: number;
  unit: string;
  period?: string;
  /** Where the two inputs were found: in one claim, or in two claims that share a source. */
  basis: 'same-claim' | 'same-source';
  share: QuantityRef;
  amount: QuantityRef;
  /** Every stated total for the same measure, unit and period, and whether it agrees within tolerance. */
  comparisons: StatedTotalComparison[];
  /** True when some stated total disagrees beyond the tolerance. */
  disagrees: boolean;
}

/** Options for deriving totals. */
export interface DerivedTotalOptions {
  /** Stated totals closer than this, relatively, agree with the derived one; 0.05 unless set. */
  relativeTolerance?: number;
}

// Totals are derived for masses, money and counts; a share or amount that is a bound ("over 90%") gives only
// a bound on the total and is not used.
const DERIVABLE_DIMENSIONS = new Set(['mass', 'currency', 'count']);

/**
 * Derives the world total implied by each share of a world whole (`share of global reserves`) and an amount with the
 * same subject and measure, in the same claim or in claims sharing a source, and compares it with stated totals.
 */
export function deriveTotals(claims: readonly ClaimQuantities[], options: DerivedTotalOptions = {}): DerivedTotal[] {
  const tolerance = options.relativeTolerance ?? DEFAULT_RELATIVE_TOLERANCE;
  checkTolerance(tolerance);
  const refs = claims.flatMap((claim) => claim.quantities.map((quantity, quantityIndex) => ({ claim, ref: { claimId: claim.claimId, quantityIndex, quantity } })));
  const shares = refs.filter(({ ref }) => shareOf(ref.quantity) !== undefined);
  const amounts = refs.filter(({ ref }) => isDerivableAmount(ref.quantity));
  const out: DerivedTotal[] = [];
  for (const share of shares) {
    for (const amount of amounts) {
      const basis = share.claim === amount.claim ? 'same-claim' : shareASource(share.claim, amount.claim) ? 'same-source' : undefined;
      if (basis === undefined) continue;
      const derived = derive(share.ref, amount.ref, basis);
      if (derived) out.push(withComparisons(derived, refs.map((r) => r.ref), tolerance));
    }
  }
  return out;
}

function derive(share: QuantityRef, amount: QuantityRef, basis: DerivedTotal['basis']): DerivedTotal | undefined {
  const whole = shareOf(share.quantity);
  const shareValues = intervalOf(share.quantity);
  const amountValues = intervalOf(amount.quantity);
  if (!whole || !shareValues || !amountValues) return undefined;
  if (share.quantity.subject === undefined || amount.quantity.subject === undefined || amount.quantity.measure === undefined) return undefined;
  if (subjectKey(share.quantity.subject) !== subjectKey(amount.quantity.subject)) return undefined;
  if (measureKey(whole.base) !== measureKey(amount.quantity.measure)) return undefined;
  if (!samePeriod(share.quantity.period, amount.quantity.period)) return undefined;
  const total = totalOf(amountValues, shareValues);
  const derived: DerivedTotal = {
    subject: WORLD,
    measure: whole.base,
    value: total.low,
    unit: amountValues.unit,
    basis,
    share,
    amount,
    comparisons: [],
    disagrees: false,
  };
  if (total.high !== total.low) derived.high = total.high;
  const period = amount.quantity.period ?? share.quantity.period;
  if (period !== undefined) derived.period = period;
  return derived;
}

// The smallest total comes from the smallest amount at the largest share, and the other way round.
function totalOf(amount: ValueInterval, share: ValueInterval): { low: number; high: number } {
  return { low: (amount.low * 100) / share.high, high: (amount.high * 100) / share.low };
}

function withComparisons(derived: DerivedTotal, all: readonly QuantityRef[], tolerance: number): DerivedTotal {
  const asQuantity: ComparableQuantity = {
    kind: 'amount',
    subject: WORLD,
    measure: derived.measure,
    value: derived.value,
    unit: derived.unit,
    normalized: derived.high === undefined ? { value: derived.value, unit: derived.unit } : { value: derived.value, unit: derived.unit, high: derived.high },
    approx: true,
    ...(derived.high === undefined ? {} : { high: derived.high }),
    ...(derived.period === undefined ? {} : { period: derived.period }),
  };
  const comparisons: StatedTotalComparison[] = [];
  for (const stated of all) {
    if (!statesWorldTotal(stated.quantity, derived.measure)) continue;
    const comparison = compareValues(asQuantity, stated.quantity, tolerance);
    if (comparison.verdict === 'incomparable') continue;
    comparisons.push({ stated, verdict: comparison.verdict, relativeDifference: comparison.relativeDifference });
  }
  return { ...derived, comparisons, disagrees: comparisons.some((c) => c.verdict === 'conflict') };
}

// A stated world total: "World" as subject with the same measure ("global reserves total 120 million tons"),
// or the scope written into the measure itself (`world reserves`, whoever the subject).
function statesWorldTotal(quantity: ComparableQuantity, base: string): boolean {
  if (quantity.measure === undefined || !isTotalLike(quantity)) return false;
  const key = measureKey(quantity.measure);
  const baseKey = measureKey(base);
  const worldSubject = quantity.subject !== undefined && subjectKey(quantity.subject) === subjectKey(WORLD);
  return (worldSubject && key === baseKey) || key === `world ${baseKey}`;
}

function shareOf(quantity: ComparableQuantity): { base: string } | undefined {
  if (quantity.measure === undefined || quantity.bound !== undefined) return undefined;
  const interval = intervalOf(quantity);
  if (!interval || interval.unit !== '%' || !(interval.low > 0) || interval.high > 100) return undefined;
  const share = parseShareMeasure(quantity.measure);
  return share?.worldScope ? { base: share.base } : undefined;
}

function isDerivableAmount(quantity: ComparableQuantity): boolean {
  return quantity.bound === undefined && isTotalLike(quantity);
}

// A mass, sum of money or count; bounds included, since a stated "over 100 million tons" can still contradict.
function isTotalLike(quantity: ComparableQuantity): boolean {
  const interval = intervalOf(quantity);
  const dimension = interval ? dimensionOf(interval.unit) : undefined;
  return dimension !== undefined && DERIVABLE_DIMENSIONS.has(dimension);
}

function shareASource(a: ClaimQuantities, b: ClaimQuantities): boolean {
  return a.sourceIds.some((id) => b.sourceIds.includes(id));
}

