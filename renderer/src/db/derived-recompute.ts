// Brings the derived rows (claim facts with their matrix cells, conflicts, per-source counts) up to date for the claims and
// keys `derived-marks.ts` marked, a batch per transaction, yielding to input between batches. Only what a change
// touched is recomputed: a claim's own rows, and the conflicts of the subject-and-measure keys whose figures changed.
import { claimFacts, conflictsForKey, matrixCells } from '../../../shared/claims/evidence/claim-facts';
import { citedSourceId } from '../../../shared/claims/edit/citation-identity';
import { readSettings, type Citation, type Source } from '../../../shared/model';
import { claimOf, defined } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import { ALL_CLAIMS_MARK, ALL_KEYS_MARK, claimMark, keyMark } from './derived-marks';
import { factsRow, factsRowWithConflicts, sourceCitationsRow, sourceCountChanges, type ClaimFactsRow, type MatrixCellRow } from './derived-rows';

// A batch is one transaction: large enough that a bulk change of 100,000 claims is a few dozen of them, small enough
// that none holds the main thread for long.
const BATCH = 500;

const running = new WeakMap<FootnoteDatabase, Promise<void>>();
const again = new WeakSet<FootnoteDatabase>();

/** Starts updating the derived rows of `db` whenever a write leaves some stale, and now for any left from before. */
export function maintainDerivedRows(db: FootnoteDatabase): void {
  db.onDerivedStale = () => void settleDerivedRows(db);
  void settleDerivedRows(db);
}

/** Resolves once no derived row is stale: every marked claim and key has been recomputed. */
export function settleDerivedRows(db: FootnoteDatabase): Promise<void> {
  const current = running.get(db);
  if (current) {
    again.add(db);
    return current;
  }
  const run = (async () => {
    try {
      do {
        again.delete(db);
        while (await recomputeBatch(db)) await yieldToInput();
      } while (again.has(db));
    } finally {
      running.delete(db);
    }
  })();
  running.set(db, run);
  return run;
}

/** Recomputes one batch of marks; false when there were none. Exported for tests. */
export async function recomputeBatch(db: FootnoteDatabase): Promise<boolean> {
  const tables = [db.derivedDirty, db.claims, db.citations, db.sources, db.settings, db.claimFacts, db.conflicts, db.sourceCitations];
  return db.transaction('rw', tables, async () => {
    const marks = (await db.derivedDirty.limit(BATCH).toArray()).map((m) => m.id);
    if (marks.length === 0) return false;
    if (marks.includes(ALL_CLAIMS_MARK)) {
      await Promise.all([db.claimFacts.clear(), db.conflicts.clear(), db.sourceCitations.clear()]);
      const ids = await db.claims.toCollection().primaryKeys();
      await db.derivedDirty.bulkPut([...ids.map((id) => ({ id: claimMark(id) })), { id: ALL_KEYS_MARK }]);
      await db.derivedDirty.delete(ALL_CLAIMS_MARK);
      return true;
    }
    if (marks.includes(ALL_KEYS_MARK)) {
      const keys = (await db.claims.orderBy('measureKeys').uniqueKeys()).map(String);
      await db.derivedDirty.bulkPut(keys.map((k) => ({ id: keyMark(k) })));
      await db.derivedDirty.delete(ALL_KEYS_MARK);
      return true;
    }
    const claimIds = marks.filter((m) => m.startsWith('c:')).map((m) => m.slice(2));
    const keys = new Set(marks.filter((m) => m.startsWith('k:')).map((m) => m.slice(2)));
    for (const key of await updateClaims(db, claimIds)) keys.add(key);
    await updateKeys(db, [...keys]);
    await db.derivedDirty.bulkDelete(marks);
    return true;
  });
}

/** Rewrites the facts (with their matrix cells) of the claims and the counts of the sources they cite; returns the keys whose conflicts their change may alter. */
async function updateClaims(db: FootnoteDatabase, claimIds: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  if (claimIds.length === 0) return keys;
  const [claims, oldFacts, citations] = await Promise.all([
    db.claims.bulkGet([...claimIds]),
    db.claimFacts.bulkGet([...claimIds]),
    db.citations.where('claimId').anyOf([...claimIds]).toArray(),
  ]);
  const sources = await sourcesWithVersions(db, citations);
  const byClaim = new Map<string, Citation[]>();
  for (const c of citations) byClaim.set(c.claimId, [...(byClaim.get(c.claimId) ?? []), c]);

  const facts: ClaimFactsRow[] = [];
  const gone: string[] = [];
  const cellChanges: { before: readonly MatrixCellRow[]; after: readonly MatrixCellRow[] }[] = [];
  claimIds.forEach((id, i) => {
    const row = claims[i];
    const old = oldFacts[i];
    // A row from before v12 has no cells: the v12 upgrade emptied the per-source counts, so its cells count from zero.
    const before = old?.cells ?? [];
    if (!row) {
      gone.push(id);
      cellChanges.push({ before, after: [] });
      for (const k of old?.measureKeys ?? []) keys.add(k);
      return;
    }
    const claim = claimOf(row);
    const own = byClaim.get(id) ?? [];
    const cells = matrixCells(id, own);
    const next = factsRow(claimFacts(claim, own, sources, old?.conflictCount ?? 0), claim, cells);
    facts.push(next);
    cellChanges.push({ before, after: cells });
    if (old?.figures !== next.figures) for (const k of [...(old?.measureKeys ?? []), ...next.measureKeys]) keys.add(k);
  });
  await db.claimFacts.bulkDelete(gone);
  await db.claimFacts.bulkPut(facts);
  const delta = sourceCountChanges(cellChanges);
  const touched = [...delta.keys()];
  const current = await db.sourceCitations.bulkGet(touched);
  const counts = touched.map((s, i) => (current[i]?.claims ?? 0) + (delta.get(s) ?? 0));
  await db.sourceCitations.bulkDelete(touched.filter((_, i) => (counts[i] ?? 0) <= 0));
  await db.sourceCitations.bulkPut(touched.flatMap((s, i) => ((counts[i] ?? 0) > 0 ? [sourceCitationsRow(s, counts[i] ?? 0)] : [])));
  return keys;
}

/** Recomputes the conflicts of each key from the claims indexed under it, and the conflict counts of their sides. */
async function updateKeys(db: FootnoteDatabase, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const tolerance = readSettings(await db.settings.toArray()).conflictTolerancePercent / 100;
  const sides = new Set<string>();
  await Promise.all(
    keys.map(async (key) => {
      const [claims, old] = await Promise.all([db.claims.where('measureKeys').equals(key).toArray(), db.conflicts.where('key').equals(key).toArray()]);
      const facts = await db.claimFacts.bulkGet(claims.map((c) => c.id));
      const next = conflictsForKey(key, claims.map((c, i) => ({ claim: claimOf(c), restsOn: facts[i]?.restsOn ?? [] })), tolerance);
      for (const c of [...old, ...next]) sides.add(c.claimA).add(c.claimB);
      await db.conflicts.bulkDelete(old.map((c) => c.id));
      await db.conflicts.bulkPut(next);
    }),
  );
  const ids = [...sides];
  const [facts, counts] = await Promise.all([
    db.claimFacts.bulkGet(ids),
    Promise.all(ids.map(async (id) => (await db.conflicts.where('claimA').equals(id).count()) + (await db.conflicts.where('claimB').equals(id).count()))),
  ]);
  const changed = defined(facts).flatMap((f) => {
    const count = counts[ids.indexOf(f.claimId)] ?? 0;
    return f.conflictCount === count ? [] : [factsRowWithConflicts(f, count)];
  });
  await db.claimFacts.bulkPut(changed);
}

// Versions of one document count once (see claimFlags), so each cited source comes with the versions before it.
async function sourcesWithVersions(db: FootnoteDatabase, citations: readonly Citation[]): Promise<Map<string, Source>> {
  const sources = new Map<string, Source>();
  let wanted = [...new Set(citations.flatMap((c) => [c.sourceId, citedSourceId(c)]))];
  for (let step = 0; step < 10 && wanted.length > 0; step++) {
    for (const s of defined(await db.sources.bulkGet(wanted))) sources.set(s.id, s);
    wanted = [...new Set([...sources.values()].flatMap((s) => (s.previousVersionId && !sources.has(s.previousVersionId) ? [s.previousVersionId] : [])))];
  }
  return sources;
}

/** Lets input and rendering run before the next slice of work. */
export function yieldToInput(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
