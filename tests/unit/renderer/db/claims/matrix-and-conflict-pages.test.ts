import { describe, expect, it } from 'vitest';
import { createClaim } from '../../../../../renderer/src/db/claim-operations';
import { conflictsAt } from '../../../../../renderer/src/db/conflict-query';
import { settleDerivedRows } from '../../../../../renderer/src/db/derived-recompute';
import { findConflicts } from '../../../../../renderer/src/db/evidence';
import { loadMatrixWindow } from '../../../../../renderer/src/db/matrix-query';
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
