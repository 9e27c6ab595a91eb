// The claims table's opening read, started at the navigation that opens the table rather than once the table is drawn
// (tearing down the view left and drawing the claims view's frame took 30-40 ms of the 200 ms the opening may take,
// during which the database could already be reading), and kept until anything is written: going back to the table
// with nothing changed opens it on the same answer without reading again.
import Dexie from 'dexie';
import type { ClaimTableFilters, ClaimTableSort } from '../../../shared/claims/evidence/claim-table';
import { openClaimListing, type OpenedListing } from './claim-table-query';
import type { FootnoteDatabase } from './database';

interface Opening {
  db: FootnoteDatabase;
  key: string;
  opened: Promise<OpenedListing>;
  /** Its answer, once there is one: a table drawn after that opens on it in its first frame. */
  answer?: OpenedListing;
}

let kept: Opening | undefined;
// After any write (in this window or, through Dexie's broadcast, another) the answer may be out of date: it is dropped,
// and the next opening reads anew. Dexie tells of a write before any live query reads again because of it.
Dexie.on('storagemutated', () => {
  kept = undefined;
});

const keyOf = (filters: ClaimTableFilters, sort: ClaimTableSort, rows: number) => JSON.stringify([filters, sort, rows]);

/**
 * The table's opening read for these filters, sort and number of rows: the one started ahead (at the navigation) or
 * kept from the last opening, if nothing was written since it started; else a new one, kept in turn.
 */
export function openClaimTable(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, rows: number): Promise<OpenedListing> {
  const key = keyOf(filters, sort, rows);
  if (kept && kept.db === db && kept.key === key) return kept.opened;
  const opened = openClaimListing(db, filters, sort, rows);
  const mine: Opening = { db, key, opened };
  kept = mine;
  opened.then(
    (answer) => {
      mine.answer = answer;
    },
    // A failed read is not kept (the table reports its failure; a read nobody took must not report it as unhandled).
    () => {
      if (kept === mine) kept = undefined;
    },
  );
  return opened;
}

/** The answer of the opening read kept for these arguments, if it has answered (else `openClaimTable` gives the read). */
export function keptClaimTableOpening(db: FootnoteDatabase, filters: ClaimTableFilters, sort: ClaimTableSort, rows: number): OpenedListing | undefined {
  return kept && kept.db === db && kept.key === keyOf(filters, sort, rows) ? kept.answer : undefined;
}
