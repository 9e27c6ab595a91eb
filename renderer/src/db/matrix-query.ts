// The claim-by-source matrix reads stored cells: the row ids (claims in reading order) and column ids (sources, most
// cited first) are keys read from indexes, and only the window of rows and columns on screen is read in full.
import type { Citation, Claim, Source } from '../../../shared/model';
import { claimOf, defined } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import type { ClaimFactsRow, MatrixCellRow } from './derived-rows';

/** How many rows (claims) and columns (cited sources) the matrix has: counts from the tables, nothing per row. */
export async function matrixSize(db: FootnoteDatabase): Promise<{ claims: number; sources: number }> {
  return db.transaction('r', [db.claimFacts, db.sourceCitations], async () => {
    const [claims, sources] = await Promise.all([db.claimFacts.count(), db.sourceCitations.count()]);
    return { claims, sources };
  });
}

/** The ids of rows [start, end) (claims in reading order) and columns [start, end) (sources, most cited first), read by position from the indexes. */
export async function matrixAxesWindow(db: FootnoteDatabase, rows: readonly [number, number], columns: readonly [number, number]): Promise<{ claimIds: string[]; sourceIds: string[] }> {
  return db.transaction('r', [db.claimFacts, db.sourceCitations], async () => {
    const [claimIds, sourceIds] = await Promise.all([
      rows[1] <= rows[0] ? [] : db.claimFacts.orderBy('byOrder').offset(rows[0]).limit(rows[1] - rows[0]).primaryKeys(),
      columns[1] <= columns[0] ? [] : db.sourceCitations.orderBy('rank').reverse().offset(columns[0]).limit(columns[1] - columns[0]).primaryKeys(),
    ]);
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
  return db.transaction('r', [db.claims, db.claimFacts, db.sources, db.citations], async () => {
    const [claims, facts, sources] = await Promise.all([db.claims.bulkGet([...claimIds]), db.claimFacts.bulkGet([...claimIds]), db.sources.bulkGet([...sourceIds])]);
    const columns = new Set(sourceIds);
    const cells = defined(facts).flatMap((f) => (f.cells ?? []).filter((c) => columns.has(c.sourceId)));
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
