import type { Claim } from '../../../shared/model';
import { withConflictCount, type ClaimFacts, type MatrixCellFacts, type StoredConflict } from '../../../shared/claims/evidence/claim-facts';

/** Claim facts as stored, with what decides whether a change touches the cross-checks. */
export interface ClaimFactsRow extends ClaimFacts {
  /** The claim's figures, status and sources, serialized: when unchanged, its keys' conflicts need no new look. */
  figures: string;
  /**
   * The claim's row of the claim-by-source matrix, one cell per cited source. Kept in the claim's own row rather than
   * a row per cell: the matrix reads cells only by claim, and 150,000 cell rows with their indexes cost a restore of
   * 100,000 claims about ten seconds. Absent from rows written before schema v12 until their claim is recomputed.
   */
  cells?: MatrixCellFacts[];
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
export function factsRow(facts: ClaimFacts, claim: Claim, cells: MatrixCellFacts[]): ClaimFactsRow {
  return { ...facts, figures: figuresSignature(claim, facts.restsOn), cells };
}

/** A stored row with a new conflict count, keeping what only the stored row holds. */
export function factsRowWithConflicts(row: ClaimFactsRow, conflictCount: number): ClaimFactsRow {
  return { ...withConflictCount(row, conflictCount), figures: row.figures, cells: row.cells };
}

/**
 * How the per-source claim counts change when some claims' cells are replaced: +1 for a source a claim cites now and
 * did not before, -1 for the reverse (a claim has at most one cell per source).
 */
export function sourceCountChanges(changes: readonly { before: readonly MatrixCellFacts[]; after: readonly MatrixCellFacts[] }[]): Map<string, number> {
  const delta = new Map<string, number>();
  for (const { before, after } of changes) {
    for (const c of before) delta.set(c.sourceId, (delta.get(c.sourceId) ?? 0) - 1);
    for (const c of after) delta.set(c.sourceId, (delta.get(c.sourceId) ?? 0) + 1);
  }
  for (const [s, d] of delta) if (d === 0) delta.delete(s);
  return delta;
}

/** The stored row of a source's citation count. */
export function sourceCitationsRow(sourceId: string, claims: number): SourceCitationsRow {
  return { sourceId, claims, rank: [claims, sourceId] };
}
