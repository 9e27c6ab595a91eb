// The claim-by-source matrix reads stored cells: the row ids (claims in reading order) and column ids (sources, most
// cited first) are keys read from indexes, and only the window of rows and columns on screen is read in full.
import type { Citation, Claim, Source } from '../../../shared/model';
import { claimOf, defined } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import type { ClaimFactsRow, MatrixCellRow } from './derived-rows';
import { keptAnswer, openKept } from './kept-openings';

/** How many rows (claims) and columns (cited sources) the matrix has: counts from the tables, nothing per row. */
export async function matrixSize(db: FootnoteDatabase): Promise<{ claims: number; sources: number }> {
  return db.transaction('r', [db.claimFacts, db.sourceCitations], async () => {
    const [claims, sources] = await Promise.all([db.claimFacts.count(), db.sourceCitations.count()]);
    return { claims, sources };
  });
}

/** One window of the matrix: its row and column ids in order, its claims (with flags), its sources, and the cells where they meet, with each cell's first citation. */
export interface MatrixWindow {
  claimIds: string[];
  sourceIds: string[];
  claims: Map<string, { claim: Claim; facts: ClaimFactsRow }>;
  sources: Map<string, Source>;
  cells: Map<string, MatrixCellRow>;
  citations: Map<string, Citation>;
}

/**
 * Rows [start, end) (claims in reading order) and columns [start, end) (sources, most cited first), read by position
 * from the indexes, with their cells. The rows' claim facts come from the index range itself, and hold the cells, so
 * the window costs two round trips to IndexedDB: the facts and column ids, then the claims, sources and citations.
 * A window past the end holds what there is.
 */
export async function loadMatrixWindow(db: FootnoteDatabase, rows: readonly [number, number], columns: readonly [number, number]): Promise<MatrixWindow> {
  return db.transaction('r', [db.claims, db.claimFacts, db.sources, db.citations, db.sourceCitations], async () => {
    const [facts, columnIds] = await Promise.all([
      rows[1] <= rows[0] ? [] : db.claimFacts.orderBy('byOrder').offset(rows[0]).limit(rows[1] - rows[0]).toArray(),
      columns[1] <= columns[0] ? [] : db.sourceCitations.orderBy('rank').reverse().offset(columns[0]).limit(columns[1] - columns[0]).primaryKeys(),
    ]);
    const claimIds = facts.map((f) => f.claimId);
    const sourceIds = columnIds as string[];
    const shown = new Set(sourceIds);
    const cells = facts.flatMap((f) => (f.cells ?? []).filter((c) => shown.has(c.sourceId)));
    const [claims, sources, citations] = await Promise.all([db.claims.bulkGet(claimIds), db.sources.bulkGet(sourceIds), db.citations.bulkGet(cells.map((c) => c.firstCitationId))]);
    const rowsById = new Map<string, { claim: Claim; facts: ClaimFactsRow }>();
    facts.forEach((fact, i) => {
      const claim = claims[i];
      if (claim) rowsById.set(fact.claimId, { claim: claimOf(claim), facts: fact });
    });
    return {
      claimIds,
      sourceIds,
      claims: rowsById,
      sources: new Map(defined(sources).map((s) => [s.id, s])),
      cells: new Map(cells.map((c) => [c.id, c])),
      citations: new Map(defined(citations).map((c) => [c.id, c])),
    };
  });
}

/** What the matrix opens on: its size and its top-left window. */
export interface MatrixOpening {
  size: { claims: number; sources: number };
  rows: readonly [number, number];
  columns: readonly [number, number];
  window: MatrixWindow;
}

/**
 * The matrix's opening read (see kept-openings.ts): its size and the window of `rows` × `columns` at the top left,
 * started at the navigation to the Matrix tab and kept until anything is written.
 */
export function openMatrix(db: FootnoteDatabase, rows: number, columns: number): Promise<MatrixOpening> {
  return openKept('matrix', db, `${rows}x${columns}`, () =>
    db.transaction('r', [db.claims, db.claimFacts, db.sources, db.citations, db.sourceCitations], async () => {
      const [size, window] = await Promise.all([matrixSize(db), loadMatrixWindow(db, [0, rows], [0, columns])]);
      return { size, rows: [0, rows], columns: [0, columns], window };
    }),
  );
}

/** The answer of the matrix's opening read, if it has answered. */
export function keptMatrixOpening(db: FootnoteDatabase, rows: number, columns: number): MatrixOpening | undefined {
  return keptAnswer('matrix', db, `${rows}x${columns}`);
}
