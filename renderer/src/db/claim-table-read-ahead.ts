// The claims table's opening read (see kept-openings.ts): started at the navigation to the table, kept until anything
// is written.
import type { ClaimTableFilters, ClaimTableSort } from '../../../shared/claims/evidence/claim-table';
import { openClaimListing, type OpenedListing } from './claim-table-query';
import type { FootnoteDatabase } from './database';
import { keptAnswer, openKept } from './kept-openings';

const VIEW = 'claims-table';
const keyOf = (filters: ClaimTableFilters, sort: ClaimTableSort, rows: number) => JSON.stringify([filters, sort, rows]);

/**
 * The table's opening read for these filters, sort and number of rows: the one started ahead (at the navigation) or
 * kept from the last opening, if nothing was written since it started; else a new one, kept in turn.
 */
export function openClaimTable(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, rows: number): Promise<OpenedListing> {
  return openKept(VIEW, db, keyOf(filters, sort, rows), () => openClaimListing(db, filters, sort, rows));
}

/** The answer of the opening read kept for these arguments, if it has answered (else `openClaimTable` gives the read). */
export function keptClaimTableOpening(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, rows: number): OpenedListing | undefined {
  return keptAnswer(VIEW, db, keyOf(filters, sort, rows));
}
