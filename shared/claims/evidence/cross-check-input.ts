import type { Citation, Claim } from '../../model';
import { citedSourceId } from '../edit/citation-identity';
import type { ClaimQuantities } from '../quantities/quantity';

/**
 * The sources a claim rests on, for the cross-checks: every source its citations point at, except those that
 * contradict it (a figure does not come from the source that disputes it). Distinct, in citation order.
 */
export function claimSourceIds(citations: readonly Citation[]): string[] {
  return [...new Set(citations.filter((c) => c.stance !== 'contradicts').map(citedSourceId))];
}

/**
 * The claims' figures as the conflict and derived-total rules read them. A retracted claim is left out: the analyst
 * has withdrawn it, so its figures should raise no more warnings.
 */
export function crossCheckInput(claims: readonly Claim[], citationsByClaim: ReadonlyMap<string, readonly Citation[]>): ClaimQuantities[] {
  return claims
    .filter((claim) => claim.status !== 'retracted' && claim.quantities.length > 0)
    .map((claim) => ({ claimId: claim.id, sourceIds: claimSourceIds(citationsByClaim.get(claim.id) ?? []), quantities: claim.quantities }));
}
