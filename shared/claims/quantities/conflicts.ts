import { checkTolerance, compareValues, DEFAULT_RELATIVE_TOLERANCE, intervalOf } from './compare-quantities';
import { measureKey } from './measures';
import type { ClaimQuantities, ComparableQuantity } from './quantity';
import { canonicalSubject, subjectKey } from './subjects';

/** One side of a conflict: which claim and quantity, and the sources that claim rests on. */
export interface ConflictSide {
  claimId: string;
  sourceIds: readonly string[];
  quantityIndex: number;
  quantity: ComparableQuantity;
}

/** Two claims from different sources that give different figures for the same subject and measure. */
export interface QuantityConflict {
  subject: string;
  /** The measure as the first side wrote it. */
  measure: string;
  /** The canonical unit both figures were compared in. */
  unit: string;
  /** The side whose (claimId, quantityIndex) sorts first, so the record does not depend on input order. */
  a: ConflictSide;
  b: ConflictSide;
  /** How far apart the figures are, relative to the larger: 0.14 for 60% against 70%. */
  relativeDifference: number;
}

/** Options for conflict detection. */
export interface ConflictOptions {
  /** Figures closer than this, relatively, agree; 0.05 unless set. */
  relativeTolerance?: number;
}

/**
 * Finds every pair of quantities about the same subject and measure, in the same unit and period, from claims that
 * share no source, whose values differ beyond the tolerance. Ranges that overlap and bounds that admit the other
 * figure do not conflict. The result is sorted and does not depend on the order of `claims`.
 */
export function findQuantityConflicts(claims: readonly ClaimQuantities[], options: ConflictOptions = {}): QuantityConflict[] {
  const tolerance = options.relativeTolerance ?? DEFAULT_RELATIVE_TOLERANCE;
  checkTolerance(tolerance);
  const groups = new Map<string, ConflictSide[]>();
  for (const claim of claims) {
    claim.quantities.forEach((quantity, quantityIndex) => {
      const key = groupKey(quantity);
      if (key === undefined) return;
      const side: ConflictSide = { claimId: claim.claimId, sourceIds: claim.sourceIds, quantityIndex, quantity };
      groups.set(key, [...(groups.get(key) ?? []), side]);
    });
  }
  const conflicts: QuantityConflict[] = [];
  for (const sides of groups.values()) {
    const sorted = [...sides].sort(bySide);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i];
        const b = sorted[j];
        if (!a || !b || !fromDifferentSources(a, b)) continue;
        const comparison = compareValues(a.quantity, b.quantity, tolerance);
        if (comparison.verdict !== 'conflict') continue;
        conflicts.push({
          subject: canonicalSubject(a.quantity.subject ?? ''),
          measure: a.quantity.measure ?? '',
          unit: intervalOf(a.quantity)?.unit ?? a.quantity.unit,
          a,
          b,
          relativeDifference: comparison.relativeDifference,
        });
      }
    }
  }
  return conflicts.sort((x, y) => bySide(x.a, y.a) || bySide(x.b, y.b));
}

// Quantities can only conflict within a group of the same subject, measure and canonical unit.
function groupKey(quantity: ComparableQuantity): string | undefined {
  if (quantity.subject === undefined || quantity.measure === undefined) return undefined;
  const interval = intervalOf(quantity);
  if (!interval) return undefined;
  return JSON.stringify([subjectKey(quantity.subject), measureKey(quantity.measure), interval.unit]);
}

// Claims that share a source are that source's own figures (or one claim split in two); a disagreement
// between sources is what the analyst needs to see, and a claim never conflicts with itself.
// A claim with no source at all is the analyst's own and is not pitted against anything.
function fromDifferentSources(a: ConflictSide, b: ConflictSide): boolean {
  if (a.claimId === b.claimId || a.sourceIds.length === 0 || b.sourceIds.length === 0) return false;
  return !a.sourceIds.some((id) => b.sourceIds.includes(id));
}

function bySide(a: ConflictSide, b: ConflictSide): number {
  if (a.claimId !== b.claimId) return a.claimId < b.claimId ? -1 : 1;
  return a.quantityIndex - b.quantityIndex;
}
