import { describe, expect, it } from 'vitest';
import { createClaim } from '../../../../../renderer/src/db/claim-operations';
import { conflictsAt, keptConflictsOpening, openConflicts } from '../../../../../renderer/src/db/conflict-query';
import { deleteClaim } from '../../../../../renderer/src/db/claims';
import { updateSetting } from '../../../../../renderer/src/db/settings';
import { settleDerivedRows } from '../../../../../renderer/src/db/derived-recompute';
import { findConflicts } from '../../../../../renderer/src/db/evidence';
import { keptMatrixOpening, loadMatrixWindow, openMatrix } from '../../../../../renderer/src/db/matrix-query';
import { cmp } from 'dexie';
import { freshDatabase } from '../test-database';
import { importOriginal, importSeedWithQuantities, selectWords } from './claims-fixtures';

// The seed summary, and three originals each cited by a claim whose figure differs from the summary's: three columns
// of the matrix and three conflicts, enough to read windows and pages that cut both.
async function workspace() {
  const db = freshDatabase();
  const seed = await importSeedWithQuantities(db);
  for (const share of [60, 55, 50]) {
    const words = `China accounted for ${share}% of global rare earth output`;
    const id = await importOriginal(db, ['Mine production grew again.', `${words} in the year.`], { title: `Report ${share}` });
    await createClaim(db, { text: words, citation: { sourceId: id, selectors: await selectWords(db, id, words) } });
  }
  await settleDerivedRows(db);
  return { db, ...seed };
}

describe('loadMatrixWindow', () => {
  it('reads the rows and columns at the given positions, with the cells where they meet and each cell’s first citation', async () => {
    const { db } = await workspace();
    const order = (await db.claimFacts.toArray()).sort((a, b) => cmp(a.byOrder, b.byOrder));
    const columns = (await db.sourceCitations.toArray()).sort((a, b) => cmp(b.rank, a.rank)).map((s) => s.sourceId);
    expect(columns.length).toBeGreaterThanOrEqual(4);
    const window = await loadMatrixWindow(db, [2, 7], [1, 3]);
    expect(window.claimIds).toEqual(order.slice(2, 7).map((f) => f.claimId));
    expect(window.sourceIds).toEqual(columns.slice(1, 3));
    expect([...window.claims.keys()]).toEqual(window.claimIds);
    expect([...window.sources.keys()].sort()).toEqual([...window.sourceIds].sort());
    const want = order.slice(2, 7).flatMap((f) => (f.cells ?? []).filter((c) => columns.slice(1, 3).includes(c.sourceId)));
    expect(want.length, 'cells in the window').toBeGreaterThan(0);
    expect([...window.cells.keys()].sort()).toEqual(want.map((c) => c.id).sort());
    for (const cell of window.cells.values()) expect(window.citations.get(cell.firstCitationId)?.claimId).toBe(cell.claimId);
  });

  it('holds what there is of a window past the end', async () => {
    const { db } = await workspace();
    const claims = await db.claimFacts.count();
    const sources = await db.sourceCitations.count();
    const window = await loadMatrixWindow(db, [claims - 2, claims + 38], [sources - 1, sources + 19]);
    expect(window.claimIds).toHaveLength(2);
    expect(window.sourceIds).toHaveLength(1);
    expect(window.claims.size).toBe(2);
  });
});

describe('conflictsAt', () => {
  it('reads the page at the given positions with both claims, their citations and sources, as the full computation finds them', async () => {
    const { db } = await workspace();
    const full = await findConflicts(db);
    const stored = await db.conflicts.toArray();
    expect(stored.length).toBeGreaterThanOrEqual(3);
    const page = await conflictsAt(db, 1, 3);
    expect(page.map((v) => v.conflict)).toEqual(stored.slice(1, 3).map((r) => r.conflict));
    for (const view of page) {
      const same = full.find((f) => f.conflict.a.claimId === view.conflict.a.claimId && f.conflict.b.claimId === view.conflict.b.claimId);
      expect(same).toBeDefined();
      for (const side of ['a', 'b'] as const) {
        expect(view[side].claim.id).toBe(same![side].claim.id);
        expect(view[side].citations.map((c) => c.id)).toEqual(same![side].citations.map((c) => c.id));
        expect(view[side].sources.map((s) => s.id)).toEqual(same![side].sources.map((s) => s.id));
      }
    }
    expect(await conflictsAt(db, stored.length - 1, stored.length + 20)).toHaveLength(1);
  });
});

describe("the Conflicts tab's opening read", () => {
  it('holds the count, the tolerance and the first page, and is kept (with its answer) for the next opening', async () => {
    const { db } = await workspace();
    const ahead = openConflicts(db, 2);
    expect(keptConflictsOpening(db, 2), 'no answer before the read answers').toBeUndefined();
    expect(openConflicts(db, 2)).toBe(ahead);
    const opening = await ahead;
    expect(opening.count).toBe(await db.conflicts.count());
    expect(opening.tolerance).toBe(5);
    expect(opening.first.map((v) => v.conflict)).toEqual((await conflictsAt(db, 0, 2)).map((v) => v.conflict));
    expect(keptConflictsOpening(db, 2)).toBe(opening);
    expect(keptConflictsOpening(db, 3), 'another page size is another read').toBeUndefined();
  });

  it('is dropped after any write, so the tab opens on what is stored now', async () => {
    const { db } = await workspace();
    const before = await openConflicts(db, 20);
    const side = before.first[0]!.conflict.a.claimId;
    await deleteClaim(db, side);
    await settleDerivedRows(db);
    expect(keptConflictsOpening(db, 20)).toBeUndefined();
    const after = await openConflicts(db, 20);
    expect(after.count).toBe(await db.conflicts.count());
    expect(after.first.length, 'conflicts left without the deleted claim').toBeGreaterThan(0);
    expect(after.first.some((v) => v.conflict.a.claimId === side || v.conflict.b.claimId === side)).toBe(false);

    await updateSetting(db, 'conflictTolerancePercent', 50);
    await settleDerivedRows(db);
    expect((await openConflicts(db, 20)).tolerance).toBe(50);
  });
});

describe("the matrix's opening read", () => {
  it('holds the size and the top-left window, is kept for the next opening, and is dropped after any write', async () => {
    const { db, claims } = await workspace();
    const ahead = openMatrix(db, 5, 2);
    expect(openMatrix(db, 5, 2)).toBe(ahead);
    const opening = await ahead;
    expect(opening.size).toEqual({ claims: await db.claimFacts.count(), sources: await db.sourceCitations.count() });
    const window = await loadMatrixWindow(db, [0, 5], [0, 2]);
    expect(opening.window.claimIds).toEqual(window.claimIds);
    expect(opening.window.sourceIds).toEqual(window.sourceIds);
    expect([...opening.window.cells.keys()]).toEqual([...window.cells.keys()]);
    expect(keptMatrixOpening(db, 5, 2)).toBe(opening);
    expect(keptMatrixOpening(db, 40, 20)).toBeUndefined();

    expect(opening.window.claimIds).toContain(claims[0]!.id);
    await deleteClaim(db, claims[0]!.id);
    await settleDerivedRows(db);
    expect(keptMatrixOpening(db, 5, 2)).toBeUndefined();
    const after = await openMatrix(db, 5, 2);
    expect(after.size.claims).toBe(opening.size.claims - 1);
    expect(after.window.claimIds).not.toContain(claims[0]!.id);
  });
});
