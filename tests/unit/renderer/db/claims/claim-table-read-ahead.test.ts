import { describe, expect, it } from 'vitest';
import { openClaimTable } from '../../../../../renderer/src/db/claim-table-read-ahead';
import { deleteClaim, setClaimStatus } from '../../../../../renderer/src/db/claims';
import { updateSetting } from '../../../../../renderer/src/db/settings';
import { settleDerivedRows } from '../../../../../renderer/src/db/derived-recompute';
import type { ClaimTableSort } from '../../../../../shared/claims/evidence/claim-table';
import { freshDatabase } from '../test-database';
import { importSeedWithQuantities } from './claims-fixtures';

const ORDER: ClaimTableSort = { by: 'order', direction: 'asc' };

describe("the claims table's opening read", () => {
  it('started ahead, is the one the table opens on with the same filters, sort and rows, and is kept for the next opening', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const ahead = openClaimTable(db, {}, ORDER, 12);
    expect(openClaimTable(db, {}, ORDER, 12)).toBe(ahead);
    expect((await ahead).listing).toMatchObject({ kind: 'range', total: claims.length });
    expect((await ahead).first.ids).toEqual(claims.slice(0, 12).map((c) => c.id));
    expect(openClaimTable(db, {}, ORDER, 12)).toBe(ahead);
  });

  it('is read anew under other filters, another sort, another number of rows or another database', async () => {
    const db = freshDatabase();
    await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const ahead = () => openClaimTable(db, {}, ORDER, 12);
    expect(openClaimTable(db, { status: 'draft' }, ORDER, 12)).not.toBe(ahead());
    expect(openClaimTable(db, {}, { by: 'text', direction: 'asc' }, 12)).not.toBe(ahead());
    expect(openClaimTable(db, {}, ORDER, 13)).not.toBe(ahead());
    expect(openClaimTable(freshDatabase(), {}, ORDER, 12)).not.toBe(ahead());
  });

  it('is dropped after any write, so the table opens on what is stored now', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const ahead = openClaimTable(db, {}, ORDER, 12);
    await ahead;
    await deleteClaim(db, claims[0]!.id);
    await settleDerivedRows(db);
    const opened = openClaimTable(db, {}, ORDER, 12);
    expect(opened).not.toBe(ahead);
    expect((await opened).listing).toMatchObject({ total: claims.length - 1 });
    expect((await opened).first.ids[0]).toBe(claims[1]!.id);

    // A write the listing does not count (a status) still drops it: the rows it holds show the status.
    await setClaimStatus(db, claims[1]!.id, 'disputed');
    const after = await openClaimTable(db, {}, ORDER, 12);
    expect(after.first.rows[0]!.claim.status).toBe('disputed');

    // Any write drops it, even to a table it does not read (the benchmark's "after a write" opening relies on this).
    const kept = openClaimTable(db, {}, ORDER, 12);
    expect(openClaimTable(db, {}, ORDER, 12)).toBe(kept);
    await updateSetting(db, 'importSizeLimitMB', 201);
    expect(openClaimTable(db, {}, ORDER, 12)).not.toBe(kept);
  });

  it('is not kept when it failed', async () => {
    const db = freshDatabase();
    await importSeedWithQuantities(db);
    db.close();
    const failed = openClaimTable(db, {}, ORDER, 12);
    await expect(failed).rejects.toThrow();
    await db.open();
    const again = openClaimTable(db, {}, ORDER, 12);
    expect(again).not.toBe(failed);
    await expect(again).resolves.toBeDefined();
  });
});
