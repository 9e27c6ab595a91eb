// The claims table's opening read, started at the navigation that opens the table rather than once the table is drawn:
// tearing down the view left and drawing the claims view's frame took 30-40 ms of the 200 ms the opening may take,
// during which the database could already be reading.
import Dexie from 'dexie';
import type { ClaimTableFilters, ClaimTableSort } from '../../../shared/claims/evidence/claim-table';
import { openClaimListing, type OpenedListing } from './claim-table-query';
import type { FootnoteDatabase } from './database';

interface ReadAhead {
  db: FootnoteDatabase;
  key: string;
  opened: Promise<OpenedListing>;
}

let ahead: ReadAhead | undefined;
// After any write the read's answer may be out of date: it is dropped, and the table reads anew.
Dexie.on('storagemutated', () => {
  ahead = undefined;
});

const keyOf = (filters: ClaimTableFilters, sort: ClaimTableSort, rows: number) => JSON.stringify([filters, sort, rows]);

/** Starts the table's opening read for these filters and sort (and gives it); `openClaimTable` with the same arguments takes it. */
export function readClaimTableAhead(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, rows: number): Promise<OpenedListing> {
  const opened = openClaimListing(db, filters, sort, rows);
  // A read nobody takes must not report its failure as unhandled; the table's own read reports it.
  opened.catch(() => undefined);
  ahead = { db, key: keyOf(filters, sort, rows), opened };
  return opened;
}

/**
 * The table's opening read: the one started ahead for the same arguments, if nothing was written since it started
 * (it is taken once), else a new one.
 */
export function openClaimTable(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, rows: number): Promise<OpenedListing> {
  const taken = ahead;
  ahead = undefined;
  if (taken && taken.db === db && taken.key === keyOf(filters, sort, rows)) return taken.opened;
  return openClaimListing(db, filters, sort, rows);
}
