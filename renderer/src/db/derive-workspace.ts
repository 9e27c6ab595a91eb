// A restore brings in a whole workspace at once; rather than mark 100,000 claims and recompute them one batch at a
// time afterwards, the derived rows are computed from the file's tables in memory (in slices that yield to input)
// and written in the restore's own transaction, so the restored workspace opens with them in place.
import { claimFacts, conflictCounts, conflictsForKey, matrixCells, type KeyedClaim, type StoredConflict } from '../../../shared/claims/evidence/claim-facts';
import type { Citation, Claim, Source } from '../../../shared/model';
import { yieldToInput } from './derived-recompute';
import { factsRow, factsRowWithConflicts, sourceCitationsRow, type ClaimFactsRow, type SourceCitationsRow } from './derived-rows';

// Claims handled between two yields: a few milliseconds of work each.
const SLICE = 2_000;

/** Every derived row of a workspace. */
export interface DerivedRows {
  claimFacts: ClaimFactsRow[];
  conflicts: StoredConflict[];
  sourceCitations: SourceCitationsRow[];
}

/** The derived rows of the given claims, citations and sources at the given tolerance (a fraction, 0.05 for 5%). */
export async function deriveWorkspaceRows(tables: { claims: readonly Claim[]; citations: readonly Citation[]; sources: readonly Source[] }, relativeTolerance: number): Promise<DerivedRows> {
  const sources = new Map(tables.sources.map((s) => [s.id, s]));
  const byClaim = new Map<string, Citation[]>();
  for (const c of tables.citations) {
    const list = byClaim.get(c.claimId);
    if (list) list.push(c);
    else byClaim.set(c.claimId, [c]);
  }
  const facts: ClaimFactsRow[] = [];
  const perSource = new Map<string, number>();
  const byKey = new Map<string, KeyedClaim[]>();
  for (let i = 0; i < tables.claims.length; i++) {
    if (i > 0 && i % SLICE === 0) await yieldToInput();
    const claim = tables.claims[i]!;
    const own = byClaim.get(claim.id) ?? [];
    const cells = matrixCells(claim.id, own);
    const row = factsRow(claimFacts(claim, own, sources), claim, cells);
    facts.push(row);
    for (const cell of cells) perSource.set(cell.sourceId, (perSource.get(cell.sourceId) ?? 0) + 1);
    for (const key of row.measureKeys) {
      const group = byKey.get(key);
      if (group) group.push({ claim, restsOn: row.restsOn });
      else byKey.set(key, [{ claim, restsOn: row.restsOn }]);
    }
  }
  const conflicts: StoredConflict[] = [];
  let done = 0;
  for (const [key, group] of byKey) {
    conflicts.push(...conflictsForKey(key, group, relativeTolerance));
    done += group.length;
    if (done >= SLICE) {
      done = 0;
      await yieldToInput();
    }
  }
  const counts = conflictCounts(conflicts);
  return {
    claimFacts: facts.map((f) => (counts.has(f.claimId) ? factsRowWithConflicts(f, counts.get(f.claimId) ?? 0) : f)),
    conflicts,
    sourceCitations: [...perSource].map(([id, n]) => sourceCitationsRow(id, n)),
  };
}
