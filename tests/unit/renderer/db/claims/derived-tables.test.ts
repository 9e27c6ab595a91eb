import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { removeCitation } from '../../../../../renderer/src/db/citation-operations';
import { createClaim, updateClaim } from '../../../../../renderer/src/db/claim-operations';
import { FootnoteDatabase } from '../../../../../renderer/src/db/database';
import { claimMark } from '../../../../../renderer/src/db/derived-marks';
import { settleDerivedRows } from '../../../../../renderer/src/db/derived-recompute';
import { findConflicts } from '../../../../../renderer/src/db/evidence';
import { updateSetting } from '../../../../../renderer/src/db/settings';
import { exportWorkspace, parseWorkspaceFile, restoreWorkspace } from '../../../../../renderer/src/db/workspace-file';
import { freshDatabase } from '../test-database';
import { importOriginal, importSeedWithQuantities, selectWords } from './claims-fixtures';

async function seedWithSecondSource(db: FootnoteDatabase) {
  const seed = await importSeedWithQuantities(db);
  const usgsId = await importOriginal(db, ['Mine production grew again.', 'China accounted for 60% of global rare earth output in the year.'], { title: 'USGS summary' });
  const words = 'China accounted for 60% of global rare earth output';
  const { claim, citation } = await createClaim(db, { text: words, citation: { sourceId: usgsId, selectors: await selectWords(db, usgsId, words) } });
  await settleDerivedRows(db);
  return { ...seed, usgsId, usgsClaim: claim, usgsCitation: citation!, china: seed.claims[4]! };
}

// Records which subject-and-measure keys get conflict rows written or deleted.
function watchConflictKeys(db: FootnoteDatabase): Set<string> {
  const keys = new Set<string>();
  db.conflicts.hook('creating', (_pk, row) => void keys.add(row.key));
  db.conflicts.hook('deleting', (_pk, row) => void keys.add(row.key));
  return keys;
}

describe('maintained conflict, fact and matrix tables', () => {
  it('hold the same conflicts a full computation finds, with counts on both claims', async () => {
    const db = freshDatabase();
    const { china, usgsClaim, usgsId } = await seedWithSecondSource(db);
    const stored = await db.conflicts.toArray();
    const full = await findConflicts(db);
    expect(stored.map((c) => [c.claimA, c.claimB])).toEqual(full.map((c) => [c.conflict.a.claimId, c.conflict.b.claimId]));
    expect(stored).toHaveLength(1);
    expect((await db.claimFacts.get(china.id))?.conflictCount).toBe(1);
    expect((await db.claimFacts.get(usgsClaim.id))?.conflictCount).toBe(1);
    expect((await db.claimFacts.get(usgsClaim.id))?.cells).toMatchObject([{ claimId: usgsClaim.id, sourceId: usgsId, stance: 'supports', supports: 1 }]);
    expect(await db.sourceCitations.get(usgsId)).toMatchObject({ claims: 1 });
    expect(await db.derivedDirty.count()).toBe(0);
  });

  it('an edit marks only its claim and recomputes only that claim’s keys', async () => {
    const db = freshDatabase();
    const { china, usgsClaim } = await seedWithSecondSource(db);
    const allKeys = new Set((await db.claimFacts.toArray()).flatMap((f) => f.measureKeys));
    const usgsKeys = (await db.claimFacts.get(usgsClaim.id))!.measureKeys;
    expect(allKeys.size).toBeGreaterThan(usgsKeys.length);

    const written = watchConflictKeys(db);
    await updateClaim(db, usgsClaim.id, { text: 'China accounted for 69% of global rare earth output' });
    expect((await db.derivedDirty.toArray()).map((m) => m.id)).toEqual([claimMark(usgsClaim.id)]);
    await settleDerivedRows(db);

    expect([...written]).toEqual(usgsKeys);
    expect(await db.conflicts.count()).toBe(0);
    expect((await db.claimFacts.get(china.id))?.conflictCount).toBe(0);
    expect(await findConflicts(db)).toEqual([]);
  });

  it('a tag change leaves every key’s conflicts alone', async () => {
    const db = freshDatabase();
    const { usgsClaim } = await seedWithSecondSource(db);
    const written = watchConflictKeys(db);
    await updateClaim(db, usgsClaim.id, { tags: ['checked'] });
    await settleDerivedRows(db);
    expect(written.size).toBe(0);
    expect(await db.claimFacts.where('tags').equals('checked').primaryKeys()).toEqual([usgsClaim.id]);
  });

  it('follows a removed citation into the matrix and the conflicts, and a new tolerance into every key', async () => {
    const db = freshDatabase();
    const { usgsClaim, usgsCitation, usgsId } = await seedWithSecondSource(db);
    await removeCitation(db, usgsCitation.id);
    await settleDerivedRows(db);
    expect((await db.claimFacts.get(usgsClaim.id))?.cells).toEqual([]);
    expect(await db.sourceCitations.get(usgsId)).toBeUndefined();
    // A claim resting on no source is the analyst's own and conflicts with nothing.
    expect(await db.conflicts.count()).toBe(0);

    const other = freshDatabase();
    await seedWithSecondSource(other);
    await updateSetting(other, 'conflictTolerancePercent', 20);
    await settleDerivedRows(other);
    expect(await other.conflicts.count()).toBe(0);
    await updateSetting(other, 'conflictTolerancePercent', 5);
    await settleDerivedRows(other);
    expect(await other.conflicts.count()).toBe(1);
  });

  it('a restored workspace opens with the same derived rows, computed from the file, and nothing left to recompute', async () => {
    const db = freshDatabase();
    await seedWithSecondSource(db);
    const parsed = parseWorkspaceFile(await exportWorkspace(db, 'w'));
    if (!parsed.ok) throw new Error(parsed.error);
    const restored = freshDatabase();
    await restoreWorkspace(restored, parsed.value);
    expect(await restored.derivedDirty.count()).toBe(0);
    const strip = (rows: { figures?: string }[]) => rows.map(({ figures: _f, ...rest }) => rest);
    expect(strip(await restored.claimFacts.toArray())).toEqual(strip(await db.claimFacts.toArray()));
    expect(await restored.conflicts.toArray()).toEqual(await db.conflicts.toArray());
    expect(await restored.sourceCitations.toArray()).toEqual(await db.sourceCitations.toArray());
  });

  it('v7 builds the derived rows of a workspace written before it', async () => {
    const name = `v7-${Math.random()}`;
    const old = new FootnoteDatabase(name, { upTo: 4 });
    const { claims } = await importSeedWithQuantities(old);
    old.close();
    const upgraded = new FootnoteDatabase(name);
    expect(await upgraded.derivedDirty.count()).toBe(claims.length);
    await settleDerivedRows(upgraded);
    expect(await upgraded.claimFacts.count()).toBe(claims.length);
    expect((await upgraded.claimFacts.toArray()).some((f) => (f.cells ?? []).length > 0)).toBe(true);
  });

  it('v12 moves matrix cells into the facts rows and counts each cited source again from its claims', async () => {
    const name = `v12-${Math.random()}`;
    const old = new FootnoteDatabase(name, { upTo: 11 });
    const { usgsId } = await seedWithSecondSource(old);
    // As v11 stored them: a row per cell in their own table, none in the facts rows.
    const oldCells = (await old.claimFacts.toArray()).flatMap((f) => f.cells ?? []);
    await old.table('matrixCells').bulkAdd(oldCells);
    await old.claimFacts.toCollection().modify((f: { cells?: unknown }) => void delete f.cells);
    const oldCounts = await old.sourceCitations.toArray();
    expect(oldCells.length).toBeGreaterThan(0);
    old.close();

    const upgraded = new FootnoteDatabase(name);
    await upgraded.open();
    expect(upgraded.tables.map((t) => t.name)).not.toContain('matrixCells');
    await settleDerivedRows(upgraded);
    const cells = (await upgraded.claimFacts.toArray()).flatMap((f) => (f.cells ?? []).map((c) => [c.claimId, c.sourceId]));
    expect(cells.sort()).toEqual(oldCells.map((c) => [c.claimId, c.sourceId]).sort());
    expect(await upgraded.sourceCitations.toArray()).toEqual(oldCounts);
    expect(await upgraded.sourceCitations.get(usgsId)).toMatchObject({ claims: 1 });
  });

  it('keeps the per-source counts equal to a count of the cells after edits, removals and deletions', async () => {
    const db = freshDatabase();
    const { usgsClaim, usgsCitation, usgsId, china } = await seedWithSecondSource(db);
    const countCells = async () => {
      const counts = new Map<string, number>();
      for (const f of await db.claimFacts.toArray()) for (const c of f.cells ?? []) counts.set(c.sourceId, (counts.get(c.sourceId) ?? 0) + 1);
      return [...counts].sort();
    };
    const stored = async () => (await db.sourceCitations.toArray()).map((r) => [r.sourceId, r.claims] as [string, number]).sort();
    expect(await stored()).toEqual(await countCells());
    const words = 'Mine production grew again';
    await createClaim(db, { text: words, citation: { sourceId: usgsId, selectors: await selectWords(db, usgsId, words) } });
    await settleDerivedRows(db);
    expect(await db.sourceCitations.get(usgsId)).toMatchObject({ claims: 2 });
    expect(await stored()).toEqual(await countCells());
    await removeCitation(db, usgsCitation.id);
    await updateClaim(db, china.id, { text: `${china.text} (edited)` });
    await settleDerivedRows(db);
    expect(await db.sourceCitations.get(usgsId)).toMatchObject({ claims: 1 });
    expect(await stored()).toEqual(await countCells());
    expect((await db.claimFacts.get(usgsClaim.id))?.cells).toEqual([]);
  });

  it('v10 gives the facts stored by v9 their status, so a status filter reads one range of each status-and-sort index', async () => {
    const name = `v10-${Math.random()}`;
    const old = new FootnoteDatabase(name, { upTo: 9 });
    const { claims } = await importSeedWithQuantities(old);
    await settleDerivedRows(old);
    await old.claims.update(claims[1]!.id, { status: 'disputed' });
    await old.claims.update(claims[2]!.id, { status: 'retracted' });
    await settleDerivedRows(old);
    // As v9 wrote them: no status of their own, only the rank their status sort key starts with.
    await old.claimFacts.toCollection().modify((f: { status?: string }) => void delete f.status);
    old.close();

    const upgraded = new FootnoteDatabase(name, { upTo: 11 });
    await upgraded.open();
    const stored = await upgraded.claims.toArray();
    for (const f of await upgraded.claimFacts.toArray()) expect(f.status).toBe(stored.find((c) => c.id === f.claimId)?.status);
    for (const status of ['draft', 'disputed', 'retracted'] as const) {
      const want = stored.filter((c) => c.status === status).map((c) => c.id).sort();
      for (const column of ['byOrder', 'byText', 'byConfidence', 'bySources', 'byConflicts']) {
        const ids = (await upgraded.claimFacts.where(`[status+${column}]`).between([status, Dexie.minKey], [status, Dexie.maxKey]).primaryKeys()) as string[];
        expect([...ids].sort(), `${status} ${column}`).toEqual(want);
      }
    }
    expect(await upgraded.derivedDirty.count()).toBe(0);
    upgraded.close();
  });
});
