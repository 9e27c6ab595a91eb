import { describe, expect, it } from 'vitest';
import { rowsByKey } from '../../../../renderer/src/db/rows-by-key';
import { freshDatabase, importSeed } from './test-database';

describe('rowsByKey', () => {
  it('finds the same rows as an anyOf cursor, each once, grouped in the order of the keys', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const claimIds = (await db.claims.toArray()).map((c) => c.id);
    const keys = [claimIds[3]!, claimIds[0]!, claimIds[3]!, 'no-such-claim'];
    const found = await rowsByKey(db.citations, 'claimId', keys);
    const byCursor = await db.citations.where('claimId').anyOf(keys).toArray();
    expect(found.map((c) => c.id).sort()).toEqual(byCursor.map((c) => c.id).sort());
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((c) => c.claimId)).toEqual([...found.filter((c) => c.claimId === claimIds[3]), ...found.filter((c) => c.claimId === claimIds[0])].map((c) => c.claimId));
    expect(await rowsByKey(db.citations, 'claimId', [])).toEqual([]);
  });
});
