// The claim-by-source matrix reads stored cells: the row ids (claims in reading order) and column ids (sources, most
// cited first) are keys read from indexes, and only the window of rows and columns on screen is read in full.
import type { Citation, Claim, Source } from '../../../shared/model';
import { claimOf, defined } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import type { ClaimFactsRow, MatrixCellRow } from './derived-rows';

/** A read that a live query re-runs on any write to the tables `matrixAxes` reads: what it is watched by. */
export function watchMatrixAxes(db: FootnoteDatabase): Promise<number[]> {
  return Promise.all([db.claimFacts.count(), db.sourceCitations.count()]);
}

/** The matrix's rows and columns as ids (read it untracked: see `useKeptWatchedRead`): every claim in reading order, every cited source most-cited first. */
export async function matrixAxes(db: FootnoteDatabase): Promise<{ claimIds: string[]; sourceIds: string[] }> {
  return db.transaction('r', [db.claimFacts, db.sourceCitations], async () => {
    const [claimIds, sourceIds] = await Promise.all([db.claimFacts.orderBy('byOrder').primaryKeys(), db.sourceCitations.orderBy('rank').reverse().primaryKeys()]);
    return { claimIds: claimIds as string[], sourceIds: sourceIds as string[] };
  });
}

/** One window of the matrix: its claims (with flags), its sources, and the cells where they meet, with each cell's first citation. */
export interface MatrixWindow {
  claims: Map<string, { claim: Claim; facts: ClaimFactsRow }>;
  sources: Map<string, Source>;
  cells: Map<string, MatrixCellRow>;
  citations: Map<string, Citation>;
}

/** Reads the cells of the given claims and sources. */
export async function loadMatrixWindow(db: FootnoteDatabase, claimIds: readonly string[], sourceIds: readonly string[]): Promise<MatrixWindow> {
  return db.transaction('r', [db.claims, db.claimFacts, db.sources, db.matrixCells, db.citations], async () => {
    const [claims, facts, sources, rowCells] = await Promise.all([
      db.claims.bulkGet([...claimIds]),
      db.claimFacts.bulkGet([...claimIds]),
      db.sources.bulkGet([...sourceIds]),
      claimIds.length === 0 ? [] : db.matrixCells.where('claimId').anyOf([...claimIds]).toArray(),
    ]);
    const columns = new Set(sourceIds);
    const cells = rowCells.filter((c) => columns.has(c.sourceId));
    const citations = defined(await db.citations.bulkGet(cells.map((c) => c.firstCitationId)));
    const rows = new Map<string, { claim: Claim; facts: ClaimFactsRow }>();
    claimIds.forEach((id, i) => {
      const claim = claims[i];
      const fact = facts[i];
      if (claim && fact) rows.set(id, { claim: claimOf(claim), facts: fact });
    });
    return {
      claims: rows,
      sources: new Map(defined(sources).map((s) => [s.id, s])),
      cells: new Map(cells.map((c) => [c.id, c])),
      citations: new Map(citations.map((c) => [c.id, c])),
    };
  });
}
