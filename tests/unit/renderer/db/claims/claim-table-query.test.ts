import { describe, expect, it } from 'vitest';
import { chosenClaimIds, chosenInListing, claimListing, listingIds, listingSize, matchingClaimIds } from '../../../../../renderer/src/db/claim-table-query';
import { CHOOSE_ALL, CHOOSE_NONE, toggleChosen } from '../../../../../shared/claims/evidence/claim-selection';
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

describe('claimListing', () => {
  it('reads an unfiltered table by position: a count, then each page from the sort index, the same rows as the ids', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    for (const sort of [{ by: 'order', direction: 'asc' }, { by: 'text', direction: 'desc' }, { by: 'status', direction: 'asc' }] as const) {
      const listing = await claimListing(db, {}, sort);
      expect(listing.kind).toBe('index');
      expect(listingSize(listing)).toBe(claims.length);
      const all = await matchingClaimIds(db, {}, sort);
      const pages = [...(await listingIds(db, listing, 0, 4)), ...(await listingIds(db, listing, 4, 7)), ...(await listingIds(db, listing, 7, claims.length + 5))];
      expect(pages).toEqual(all);
    }
  });

  it('lists the matching ids when filtered, and pages by slicing them', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const listing = await claimListing(db, { status: 'draft' }, { by: 'order', direction: 'asc' });
    const drafts = await matchingClaimIds(db, { status: 'draft' }, { by: 'order', direction: 'asc' });
    expect(listing).toEqual({ kind: 'ids', ids: drafts });
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.length).toBeLessThanOrEqual(claims.length);
    expect(await listingIds(db, listing, 1, 3)).toEqual(drafts.slice(1, 3));
  });

  it('lists a status filter from the status index in the same order as the sort index gives', async () => {
    const db = freshDatabase();
    await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const facts = await db.claimFacts.toArray();
    // Mixed statuses, orders and origins, so reading order is not the order of any one field.
    await db.claimFacts.bulkPut(facts.map((f, i) => ({ ...f, byStatus: [i % 3, ...f.byStatus.slice(1)] as typeof f.byStatus })));
    for (const direction of ['asc', 'desc'] as const) {
      for (const status of ['draft', ['draft', 'disputed']] as const) {
        const ranks = typeof status === 'string' ? [0] : [0, 2];
        const byIndex = (await db.claimFacts.orderBy('byOrder').toArray()).filter((f) => ranks.includes(f.byStatus[0] as number)).map((f) => f.claimId);
        expect(await matchingClaimIds(db, { status }, { by: 'order', direction })).toEqual(direction === 'asc' ? byIndex : byIndex.reverse());
      }
    }
  });
});

describe('chosen claims', () => {
  it('counts and resolves "all except" and "only these" without listing ids while browsing', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const sort = { by: 'order', direction: 'desc' } as const;
    const inOrder = await matchingClaimIds(db, {}, sort);
    const listing = await claimListing(db, {}, sort);
    const [a, b] = [inOrder[2]!, inOrder[5]!];

    expect(await chosenInListing(db, listing, CHOOSE_ALL)).toBe(claims.length);
    expect(await chosenClaimIds(db, {}, sort, CHOOSE_ALL)).toEqual(inOrder);
    const allButA = toggleChosen(CHOOSE_ALL, a);
    expect(await chosenInListing(db, listing, allButA)).toBe(claims.length - 1);
    expect(await chosenClaimIds(db, {}, sort, allButA)).toEqual(inOrder.filter((id) => id !== a));
    // Chosen one by one (b first), the ids come back in the table's order; a claim deleted since is not counted.
    const onlyTwo = toggleChosen(toggleChosen(CHOOSE_NONE, b), a);
    expect(await chosenClaimIds(db, {}, sort, onlyTwo)).toEqual([a, b]);
    expect(await chosenInListing(db, listing, toggleChosen(onlyTwo, 'deleted-claim'))).toBe(2);
    expect(await chosenInListing(db, listing, toggleChosen(CHOOSE_ALL, 'deleted-claim'))).toBe(claims.length);
    // Filtered, "only these" keeps just the chosen claims the filters allow.
    const drafts = new Set(await matchingClaimIds(db, { status: 'draft' }, sort));
    expect(await chosenClaimIds(db, { status: 'draft' }, sort, onlyTwo)).toEqual([a, b].filter((id) => drafts.has(id)));
  });
});
