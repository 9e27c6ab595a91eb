import type { Claim } from '../../../shared/model';
import type { ClaimFacts, MatrixCellFacts, StoredConflict } from '../../../shared/claims/evidence/claim-facts';

/** Claim facts as stored, with what decides whether a change touches the cross-checks. */
export interface ClaimFactsRow extends ClaimFacts {
  /** The claim's figures, status and sources, serialized: when unchanged, its keys' conflicts need no new look. */
  figures: string;
}

/** How many claims cite one source, so the matrix shows the most-cited sources first. */
export interface SourceCitationsRow {
  sourceId: string;
  claims: number;
  /** `[claims, sourceId]`, read in reverse for most-cited first. */
  rank: [number, string];
}

export type { MatrixCellFacts as MatrixCellRow, StoredConflict as ConflictRow };

/** What a claim's conflicts depend on: its status (retracted or not), figures and the sources it rests on. */
export function figuresSignature(claim: Claim, restsOn: readonly string[]): string {
  return JSON.stringify([claim.status === 'retracted', claim.quantities, restsOn]);
}

/** The stored row of one claim's facts. */
export function factsRow(facts: ClaimFacts, claim: Claim): ClaimFactsRow {
  return { ...facts, figures: figuresSignature(claim, facts.restsOn) };
}

/** The stored row of a source's citation count. */
export function sourceCitationsRow(sourceId: string, claims: number): SourceCitationsRow {
  return { sourceId, claims, rank: [claims, sourceId] };
}
