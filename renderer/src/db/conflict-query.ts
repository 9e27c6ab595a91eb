// The Conflicts tab reads the stored conflicts: their ids (keys only) in subject-and-measure order, then only the page
// on screen with both claims, their citations and sources.
import type { Citation, Claim, Source } from '../../../shared/model';
import { orderCitations } from '../../../shared/claims/order-citations';
import { claimOf, defined } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import { rowsByKey } from './rows-by-key';
import type { ConflictSideView, ConflictView } from './evidence';
import type { ConflictRow } from './derived-rows';
import { loadSettings } from './settings';
import { keptAnswer, openKept } from './kept-openings';

/** How many conflicts are stored. */
export async function conflictCount(db: FootnoteDatabase): Promise<number> {
  return db.conflicts.count();
}

/**
 * The conflicts at positions [start, end) (grouped by subject and measure), each with both claims and their evidence:
 * one page read by position. The page's rows come from the table's range itself and name their sources, so it costs two
 * round trips to IndexedDB: the conflicts, then their claims, citations and sources together.
 */
export async function conflictsAt(db: FootnoteDatabase, start: number, end: number): Promise<ConflictView[]> {
  if (end <= start) return [];
  return db.transaction('r', [db.conflicts, db.claims, db.citations, db.sources], async () => {
    const rows = await db.conflicts.toCollection().offset(start).limit(end - start).toArray();
    const views = await viewsOf(db, rows);
    return defined(rows.map((r) => views.get(r.id)));
  });
}

/** What the Conflicts tab opens on: the count, the tolerance they were found at, and the first `rows` conflicts. */
export interface ConflictsOpening {
  count: number;
  tolerance: number;
  first: ConflictView[];
}

/**
 * The Conflicts tab's opening read (see kept-openings.ts): started at the navigation to the tab, kept until anything is
 * written. One transaction, so the count, the tolerance and the page agree.
 */
export function openConflicts(db: FootnoteDatabase, rows: number): Promise<ConflictsOpening> {
  return openKept('conflicts', db, String(rows), () =>
    db.transaction('r', [db.conflicts, db.claims, db.citations, db.sources, db.settings], async () => {
      const [count, settings, first] = await Promise.all([conflictCount(db), loadSettings(db), conflictsAt(db, 0, rows)]);
      return { count, tolerance: settings.conflictTolerancePercent, first };
    }),
  );
}

/** The answer of the Conflicts tab's opening read, if it has answered. */
export function keptConflictsOpening(db: FootnoteDatabase, rows: number): ConflictsOpening | undefined {
  return keptAnswer('conflicts', db, String(rows));
}

/** The conflicts with the given ids, each with both claims and their evidence, by id. */
export async function loadConflictViews(db: FootnoteDatabase, ids: readonly string[]): Promise<Map<string, ConflictView>> {
  return db.transaction('r', [db.conflicts, db.claims, db.citations, db.sources], async () => viewsOf(db, defined(await db.conflicts.bulkGet([...ids]))));
}

async function viewsOf(db: FootnoteDatabase, conflicts: readonly ConflictRow[]): Promise<Map<string, ConflictView>> {
  const claimIds = [...new Set(conflicts.flatMap((c) => [c.claimA, c.claimB]))];
  const sourceIds = [...new Set(conflicts.flatMap((c) => [...c.conflict.a.sourceIds, ...c.conflict.b.sourceIds]))];
  const [claims, citations, sourceRows] = await Promise.all([db.claims.bulkGet(claimIds), rowsByKey(db.citations, 'claimId', claimIds), db.sources.bulkGet(sourceIds)]);
  const claimMap = new Map(defined(claims).map((c): [string, Claim] => [c.id, claimOf(c)]));
  const sources = new Map(defined(sourceRows).map((s): [string, Source] => [s.id, s]));
  const byClaim = new Map<string, Citation[]>();
  for (const c of citations) byClaim.set(c.claimId, [...(byClaim.get(c.claimId) ?? []), c]);
  return new Map(
    conflicts.flatMap(({ id, conflict }): [string, ConflictView][] => {
      const side = (s: typeof conflict.a): ConflictSideView | undefined => {
        const claim = claimMap.get(s.claimId);
        return claim && { claim, citations: orderCitations(byClaim.get(s.claimId) ?? []), sources: defined(s.sourceIds.map((id) => sources.get(id))), quantityIndex: s.quantityIndex };
      };
      const a = side(conflict.a);
      const b = side(conflict.b);
      return a && b ? [[id, { conflict, a, b }]] : [];
    }),
  );
}

/** Which of the given claims are a side of some stored conflict: read from the conflict indexes, not recomputed. */
export async function conflictingClaimIds(db: FootnoteDatabase, claimIds: readonly string[]): Promise<Set<string>> {
  if (claimIds.length === 0) return new Set();
  return db.transaction('r', [db.claimFacts], async () => {
    const ids = [...claimIds];
    const facts = await db.claimFacts.bulkGet(ids);
    return new Set(ids.filter((_, i) => (facts[i]?.conflictCount ?? 0) > 0));
  });
}
