import { describe, expect, it } from 'vitest';
import { openClaimTable, readClaimTableAhead } from '../../../../../renderer/src/db/claim-table-read-ahead';
import { deleteClaim } from '../../../../../renderer/src/db/claims';
import { settleDerivedRows } from '../../../../../renderer/src/db/derived-recompute';
import type { ClaimTableSort } from '../../../../../shared/claims/evidence/claim-table';
import { freshDatabase } from '../test-database';
import { importSeedWithQuantities } from './claims-fixtures';

const ORDER: ClaimTableSort = { by: 'order', direction: 'asc' };

describe('the claims table read ahead', () => {
  it('is taken once by the table opening with the same filters, sort and rows', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const ahead = readClaimTableAhead(db, {}, ORDER, 12);
    const taken = openClaimTable(db, {}, ORDER, 12);
    expect(taken).toBe(ahead);
    expect((await taken).listing).toMatchObject({ kind: 'range', total: claims.length });
    expect((await taken).first.ids).toEqual(claims.slice(0, 12).map((c) => c.id));
    // Taken once: a later opening reads anew.
    expect(openClaimTable(db, {}, ORDER, 12)).not.toBe(ahead);
  });

  it('is not taken under other filters, another sort or another number of rows', async () => {
    const db = freshDatabase();
    await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    expect(openClaimTable(db, { status: 'draft' }, ORDER, 12)).not.toBe(readClaimTableAhead(db, {}, ORDER, 12));
    expect(openClaimTable(db, {}, { by: 'text', direction: 'asc' }, 12)).not.toBe(readClaimTableAhead(db, {}, ORDER, 12));
    expect(openClaimTable(db, {}, ORDER, 13)).not.toBe(readClaimTableAhead(db, {}, ORDER, 12));
    expect(openClaimTable(freshDatabase(), {}, ORDER, 12)).not.toBe(readClaimTableAhead(db, {}, ORDER, 12));
  });

  it('is dropped after a write, so the table opens on what is stored now', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const ahead = readClaimTableAhead(db, {}, ORDER, 12);
    await ahead;
    await deleteClaim(db, claims[0]!.id);
    await settleDerivedRows(db);
    const opened = openClaimTable(db, {}, ORDER, 12);
    expect(opened).not.toBe(ahead);
    expect((await opened).listing).toMatchObject({ total: claims.length - 1 });
    expect((await opened).first.ids[0]).toBe(claims[1]!.id);
  });
});
