// The facts about one claim that the claims table sorts and filters by, the matrix cells of its row, and the
// conflicts of one subject-and-measure key. They are derived from claims and citations and stored so that views read
// a page of them through an index instead of recomputing them over the whole workspace on every render.
import type { Citation, Claim, ClaimStatus, Source, Stance } from '../../model';
import { citedSourceId } from '../edit/citation-identity';
import { claimMeasureKeys, subjectMeasureKey } from '../quantities/measure-keys';
import { findQuantityConflicts, type QuantityConflict } from '../quantities/conflicts';
import { measureKey } from '../quantities/measures';
import { subjectKey } from '../quantities/subjects';
import { claimFlags, type ClaimFlags } from './claim-flags';
import { claimSourceIds } from './cross-check-input';
import { citedSourceCount } from './cited-sources';
import { STATUS_RANK } from './claim-table';

/** An IndexedDB key that sorts rows by one column, then in reading order (origin, order, id) so pages are stable. */
export type SortKey = [number | string, string, number, string];

/** What the claims table sorts and filters one claim by. */
export interface ClaimFacts {
  claimId: string;
  /** Filtered on together with a sort key (compound indexes `[status+byText]` and so on), so a status filter pages under any sort. */
  status: ClaimStatus;
  byOrder: SortKey;
  byText: SortKey;
  byStatus: SortKey;
  byConfidence: SortKey;
  bySources: SortKey;
  byConflicts: SortKey;
  /** Tags in lower case, so a filter ignores case. */
  tags: string[];
  /** Every source its citations point at or were recorded in, and its origin. */
  sourceIds: string[];
  subjects: string[];
  measures: string[];
  /** Its subject-and-measure keys: the conflict groups it belongs to. */
  measureKeys: string[];
  /** The sources it rests on for the cross-checks (citations that contradict it left out). */
  restsOn: string[];
  /** False for a retracted claim or one without figures: its figures are not cross-checked. */
  crossChecked: boolean;
  flags: ClaimFlags;
  /** How many distinct sources its citations point at, whatever their stance: the "Sources" column. */
  citedSources: number;
  /** What an export warns of: indexed, so the warnings over 100,000 chosen claims are found without reading them all. */
  warnings: ClaimWarning[];
  citationCount: number;
  conflictCount: number;
}

/** A reason to look at a claim again before relying on it. */
export type ClaimWarning = 'unsupported' | 'disputed' | 'conflict';

function warningsOf(flags: ClaimFlags, conflictCount: number): ClaimWarning[] {
  return [...(flags.unsupported ? ['unsupported' as const] : []), ...(flags.disputed ? ['disputed' as const] : []), ...(conflictCount > 0 ? ['conflict' as const] : [])];
}

/** One cell of the claim-by-source matrix: how many citations of each stance one source gives one claim. */
export interface MatrixCellFacts {
  id: string;
  claimId: string;
  sourceId: string;
  stance: Stance | 'mixed';
  supports: number;
  contradicts: number;
  context: number;
  /** The first citation in the cell, opened from it. */
  firstCitationId: string;
}

// Sorting by text needs only the start of it: the index then stays small (the full text is in the claims table), and
// claims that begin with the same words this long keep reading order among themselves.
const TEXT_SORT_CHARS = 48;

/** The key a claim's sort keys end with: reading order. */
function tail(claim: Claim): [string, number, string] {
  return [claim.originSourceId ?? '', claim.order, claim.id];
}

/** The facts of one claim from its own citations; `conflictCount` is the stored count (0 for a new claim). */
export function claimFacts(claim: Claim, citations: readonly Citation[], sources: ReadonlyMap<string, Source>, conflictCount = 0): ClaimFacts {
  const flags = claimFlags(claim, citations, sources);
  const citedSources = citedSourceCount(citations, sources);
  const sourceIds = new Set(citations.flatMap((c) => (c.resolvedSourceId ? [c.resolvedSourceId, c.sourceId] : [c.sourceId])));
  if (claim.originSourceId !== undefined) sourceIds.add(claim.originSourceId);
  const t = tail(claim);
  return {
    claimId: claim.id,
    status: claim.status,
    byOrder: [claim.order, ...t],
    byText: [claim.text.slice(0, TEXT_SORT_CHARS).toLocaleLowerCase(), ...t],
    byStatus: [STATUS_RANK[claim.status], ...t],
    // A claim with no confidence set sorts below every claim that has one.
    byConfidence: [claim.confidence ?? -1, ...t],
    bySources: [citedSources, ...t],
    byConflicts: [conflictCount, ...t],
    tags: [...new Set(claim.tags.map((tag) => tag.toLocaleLowerCase()))],
    sourceIds: [...sourceIds],
    subjects: [...new Set(claim.quantities.flatMap((q) => (q.subject === undefined ? [] : [subjectKey(q.subject)])))],
    measures: [...new Set(claim.quantities.flatMap((q) => (q.measure === undefined ? [] : [measureKey(q.measure)])))],
    measureKeys: claimMeasureKeys(claim.quantities),
    restsOn: claimSourceIds(citations),
    crossChecked: claim.status !== 'retracted' && claim.quantities.length > 0,
    flags,
    citedSources,
    warnings: warningsOf(flags, conflictCount),
    citationCount: citations.length,
    conflictCount,
  };
}

/** The facts with a new conflict count, re-keyed for sorting by it. */
export function withConflictCount(facts: ClaimFacts, conflictCount: number): ClaimFacts {
  const [, ...t] = facts.byConflicts;
  return { ...facts, conflictCount, byConflicts: [conflictCount, ...t], warnings: warningsOf(facts.flags, conflictCount) };
}

/** The matrix cells of one claim's row: one per source its citations point at. */
export function matrixCells(claimId: string, citations: readonly Citation[]): MatrixCellFacts[] {
  const cells = new Map<string, MatrixCellFacts>();
  for (const citation of citations) {
    const sourceId = citedSourceId(citation);
    const cell = cells.get(sourceId) ?? { id: matrixCellId(claimId, sourceId), claimId, sourceId, stance: citation.stance, supports: 0, contradicts: 0, context: 0, firstCitationId: citation.id };
    cell[citation.stance] += 1;
    cells.set(sourceId, cell);
  }
  for (const cell of cells.values()) cell.stance = cellStance(cell);
  return [...cells.values()];
}

/** The id of the cell of one claim and one source. */
export function matrixCellId(claimId: string, sourceId: string): string {
  return `${claimId}\u0001${sourceId}`;
}

function cellStance(cell: MatrixCellFacts): MatrixCellFacts['stance'] {
  if (cell.supports > 0 && cell.contradicts > 0) return 'mixed';
  if (cell.contradicts > 0) return 'contradicts';
  if (cell.supports > 0) return 'supports';
  return 'context';
}

/** A claim's figures and the sources it rests on, as one key's conflict check reads them. */
export interface KeyedClaim {
  claim: Claim;
  restsOn: readonly string[];
}

/** One stored conflict: the key it belongs to, both claims, and the conflict itself. */
export interface StoredConflict {
  id: string;
  key: string;
  claimA: string;
  claimB: string;
  conflict: QuantityConflict;
}

/**
 * The conflicts of one subject-and-measure key among the given claims (all the claims indexed under the key). Only
 * pairs of that key are returned: a claim's figures under other keys are another key's business.
 */
export function conflictsForKey(key: string, claims: readonly KeyedClaim[], relativeTolerance: number): StoredConflict[] {
  const input = claims
    .filter(({ claim }) => claim.status !== 'retracted' && claim.quantities.length > 0)
    .map(({ claim, restsOn }) => ({ claimId: claim.id, sourceIds: restsOn, quantities: claim.quantities }));
  return findQuantityConflicts(input, { relativeTolerance })
    .filter((c) => subjectMeasureKey(c.a.quantity) === key)
    .map((conflict) => ({
      id: `${key}\u0001${conflict.a.claimId}:${conflict.a.quantityIndex}\u0001${conflict.b.claimId}:${conflict.b.quantityIndex}`,
      key,
      claimA: conflict.a.claimId,
      claimB: conflict.b.claimId,
      conflict,
    }));
}

/** How many stored conflicts each claim is a side of. */
export function conflictCounts(conflicts: readonly StoredConflict[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of conflicts) {
    counts.set(c.claimA, (counts.get(c.claimA) ?? 0) + 1);
    counts.set(c.claimB, (counts.get(c.claimB) ?? 0) + 1);
  }
  return counts;
}
