// A view's opening read, started at the navigation that opens the view rather than once the view is drawn (tearing
// down the view left and drawing the new one's frame took 30–40 ms of the 200 ms an opening may take, during which the
// database could already be reading), and kept until anything is written: going back to the view with nothing changed
// opens it on the same answer without reading again.
import Dexie from 'dexie';
import type { FootnoteDatabase } from './database';

interface Opening {
  db: FootnoteDatabase;
  key: string;
  opened: Promise<unknown>;
  /** Its answer, once there is one: a view drawn after that opens on it in its first frame. */
  answer?: { value: unknown };
}

// One kept opening per view.
const kept = new Map<string, Opening>();
// After any write (in this window or, through Dexie's broadcast, another) an answer may be out of date: all are
// dropped, and the next opening reads anew. Dexie tells of a write before any live query reads again because of it.
Dexie.on('storagemutated', () => kept.clear());

/**
 * The opening read of `view` for `key` (its arguments, as a string): the one started ahead or kept from the last
 * opening, if nothing was written since it started; else `read()`, kept in turn.
 */
export function openKept<T>(view: string, db: FootnoteDatabase, key: string, read: () => Promise<T>): Promise<T> {
  const last = kept.get(view);
  if (last && last.db === db && last.key === key) return last.opened as Promise<T>;
  const opened = read();
  const mine: Opening = { db, key, opened };
  kept.set(view, mine);
  opened.then(
    (value) => {
      mine.answer = { value };
    },
    // A failed read is not kept (the view reports its failure; a read nobody took must not report it as unhandled).
    () => {
      if (kept.get(view) === mine) kept.delete(view);
    },
  );
  return opened;
}

/** The answer of the opening kept for `view` and `key`, if it has answered (else `openKept` gives the read). */
export function keptAnswer<T>(view: string, db: FootnoteDatabase, key: string): T | undefined {
  const last = kept.get(view);
  return last && last.db === db && last.key === key ? (last.answer?.value as T | undefined) : undefined;
}
