import { describe, expect, it } from 'vitest';
import { matchingClaimIds } from '../../../../../renderer/src/db/claim-table-query';
import { settleDerivedRows } from '../../../../../renderer/src/db/derived-recompute';
import type { ClaimFactsRow } from '../../../../../renderer/src/db/derived-rows';
import { freshDatabase } from '../test-database';
import { importSeedWithQuantities } from './claims-fixtures';

describe('matchingClaimIds', () => {
  it('keeps a large filtered set in the sort order, read a slice at a time', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const base = (await db.claimFacts.get(claims[0]!.id))!;
    // 24,000 more claims' facts (more than one slice of kept ids), every third tagged "bulk": more than the in-memory sort takes.
    const extra: ClaimFactsRow[] = Array.from({ length: 24_000 }, (_, i) => {
      const claimId = `bulk-${String(i).padStart(6, '0')}`;
      return { ...base, claimId, byOrder: [1_000_000 + i, claimId, 0, ''], tags: i % 3 === 0 ? ['bulk'] : [] };
    });
    await db.claimFacts.bulkPut(extra);
    const tagged = extra.filter((f) => f.tags.includes('bulk')).map((f) => f.claimId);

    expect(await matchingClaimIds(db, { tag: 'Bulk' }, { by: 'order', direction: 'asc' })).toEqual(tagged);
    expect(await matchingClaimIds(db, { tag: 'bulk' }, { by: 'order', direction: 'desc' })).toEqual([...tagged].reverse());
    expect(await matchingClaimIds(db, {}, { by: 'order', direction: 'asc' })).toHaveLength(claims.length + extra.length);
  });
});
