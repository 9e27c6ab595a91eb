import { cmp } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { FootnoteDatabase } from '../../../../../renderer/src/db/database';
import type { ClaimTableFilters } from '../../../../../shared/claims/evidence/claim-table';
import { chosenClaimIds, chosenInListing, claimFacetValues, claimListing, listingIds, listingSize, loadClaimPage, matchingClaimIds, openClaimListing } from '../../../../../renderer/src/db/claim-table-query';
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
      expect(listing.kind).toBe('range');
      expect(listingSize(listing)).toBe(claims.length);
      const all = await matchingClaimIds(db, {}, sort);
      const pages = [...(await listingIds(db, listing, 0, 4)), ...(await listingIds(db, listing, 4, 7)), ...(await listingIds(db, listing, 7, claims.length + 5))];
      expect(pages).toEqual(all);
    }
  });

  it('reads a status filter as one range of the status-and-sort index, under every sort', async () => {
    const db = freshDatabase();
    await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const facts = await db.claimFacts.toArray();
    const status = (i: number) => (['draft', 'supported', 'disputed'] as const)[i % 3]!;
    // Mixed statuses, orders and origins, so reading order is not the order of any one field.
    await db.claimFacts.bulkPut(facts.map((f, i) => ({ ...f, status: status(i), byStatus: [i % 3, ...f.byStatus.slice(1)] as typeof f.byStatus })));
    for (const by of SORTS) {
      for (const direction of ['asc', 'desc'] as const) {
        const listing = await claimListing(db, { status: 'draft' }, { by, direction });
        expect(listing.kind).toBe('range');
        expect(await matchingClaimIds(db, { status: 'draft' }, { by, direction })).toEqual(await expected(db, (f) => f.status === 'draft', by, direction));
      }
    }
  });
});

describe('openClaimListing', () => {
  const pageOf = (page: Awaited<ReturnType<typeof loadClaimPage>>) => ({
    ids: page.ids,
    rows: page.rows.map((r) => ({ claim: r.claim.id, status: r.facts.status, citations: r.citations.map((c) => c.id) })),
    sources: [...page.sources.keys()].sort(),
  });

  it('opens on the same first page as the listing read and then paged, under each filter and sort', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    // Mixed statuses, so a status filter and a status sort both cut the seed's reading order.
    for (const [i, c] of claims.entries()) await db.claims.update(c.id, { status: (['draft', 'supported', 'disputed'] as const)[i % 3] });
    await settleDerivedRows(db);
    const filterings: ClaimTableFilters[] = [{}, { status: 'supported' }, { status: ['draft', 'disputed'] }, { subject: 'China' }, { conflicted: true }];
    for (const filters of filterings) {
      for (const sort of [{ by: 'order', direction: 'asc' }, { by: 'text', direction: 'desc' }, { by: 'status', direction: 'asc' }] as const) {
        const opened = await openClaimListing(db, filters, sort, 5);
        const listing = await claimListing(db, filters, sort);
        const label = `${JSON.stringify(filters)} ${sort.by} ${sort.direction}`;
        expect(listingSize(opened.listing), label).toBe(listingSize(listing));
        expect(pageOf(opened.first), label).toEqual(pageOf(await loadClaimPage(db, await listingIds(db, listing, 0, 5))));
        expect(opened.first.rows.every((r) => r.citations.every((c) => opened.first.sources.has(c.resolvedSourceId ?? c.sourceId))), label).toBe(true);
      }
    }
    // The filters that cut the seed must have cut it, or the comparison above says little.
    expect(listingSize((await openClaimListing(db, { status: 'supported' }, { by: 'order', direction: 'asc' }, 5)).listing)).toBe(Math.floor((claims.length + 1) / 3));
  });

  it('reads a cited source that the claim facts do not name', async () => {
    const db = freshDatabase();
    await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    await db.claimFacts.toCollection().modify({ sourceIds: [] });
    const { first } = await openClaimListing(db, {}, { by: 'order', direction: 'asc' }, 5);
    const cited = first.rows.flatMap((r) => r.citations.map((c) => c.resolvedSourceId ?? c.sourceId));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((id) => first.sources.has(id))).toBe(true);
  });
});

// Every column the table sorts by, and the facts each filter the table offers reads.
const SORTS = ['order', 'text', 'status', 'confidence', 'sources', 'conflicts'] as const;
const SORT_FIELD = { order: 'byOrder', text: 'byText', status: 'byStatus', confidence: 'byConfidence', sources: 'bySources', conflicts: 'byConflicts' } as const;

async function expected(db: FootnoteDatabase, allows: (f: ClaimFactsRow) => boolean, by: (typeof SORTS)[number], direction: 'asc' | 'desc'): Promise<string[]> {
  const field = SORT_FIELD[by];
  const rows = (await db.claimFacts.toArray()).filter(allows).sort((a, b) => cmp(a[field], b[field]));
  return (direction === 'asc' ? rows : rows.reverse()).map((f) => f.claimId);
}

describe('every filter under every sort', () => {
  // 6,000 claims' facts: statuses, tags, sources, subjects and measures spread so that each filter below keeps more
  // claims than are sorted in memory (a paged walk of the sort index) or fewer (sorted from their facts).
  async function workspace(): Promise<FootnoteDatabase> {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const base = (await db.claimFacts.get(claims[0]!.id))!;
    // Five claims in eight are drafts, so a draft filter with another still keeps more than are sorted in memory.
    const statuses = ['draft', 'draft', 'draft', 'draft', 'draft', 'supported', 'disputed', 'retracted'] as const;
    const rank = { draft: 0, supported: 1, disputed: 2, retracted: 3 } as const;
    const rows: ClaimFactsRow[] = Array.from({ length: 6_000 }, (_, i) => {
      const claimId = `c-${String(i).padStart(5, '0')}`;
      const tail = [`origin-${i % 7}`, i % 97, claimId] as const;
      return {
        ...base,
        claimId,
        status: statuses[i % 8]!,
        byOrder: [i % 97, ...tail],
        byText: [`text ${(i * 7919) % 6000}`, ...tail],
        byStatus: [rank[statuses[i % 8]!], ...tail],
        byConfidence: [(i * 31) % 101, ...tail],
        bySources: [i % 5, ...tail],
        byConflicts: [i % 3, ...tail],
        tags: i % 2 === 0 ? ['wide'] : i % 50 === 1 ? ['narrow'] : [],
        sourceIds: [`source-${i % 3}`, `source-x${i % 400}`],
        subjects: [i % 5 === 0 ? 'china' : 'india'],
        measures: [i % 7 === 0 ? 'reserves' : 'production'],
      };
    });
    await db.claimFacts.bulkPut(rows);
    return db;
  }

  const FILTERS: { name: string; filters: ClaimTableFilters; allows: (f: ClaimFactsRow) => boolean; paged: boolean }[] = [
    { name: 'status', filters: { status: 'disputed' }, allows: (f) => f.status === 'disputed', paged: true },
    { name: 'a wide tag', filters: { tag: 'Wide' }, allows: (f) => f.tags.includes('wide'), paged: true },
    { name: 'a narrow tag', filters: { tag: 'narrow' }, allows: (f) => f.tags.includes('narrow'), paged: false },
    { name: 'a source', filters: { sourceId: 'source-1' }, allows: (f) => f.sourceIds.includes('source-1'), paged: false },
    { name: 'a subject', filters: { subject: 'China' }, allows: (f) => f.subjects.includes('china'), paged: false },
    { name: 'a measure', filters: { measure: 'production' }, allows: (f) => f.measures.includes('production'), paged: true },
    { name: 'status and tag', filters: { status: 'draft', tag: 'wide' }, allows: (f) => f.status === 'draft' && f.tags.includes('wide'), paged: true },
    { name: 'status and measure', filters: { status: 'disputed', measure: 'production' }, allows: (f) => f.status === 'disputed' && f.measures.includes('production'), paged: false },
  ];

  for (const { name, filters, allows, paged } of FILTERS) {
    it(`${name}: the pages read one after another, and one far page, are the matching claims in order`, async () => {
      const db = await workspace();
      for (const by of SORTS) {
        for (const direction of ['asc', 'desc'] as const) {
          const want = await expected(db, allows, by, direction);
          const listing = await claimListing(db, filters, { by, direction });
          expect(listingSize(listing), `${by} ${direction}`).toBe(want.length);
          expect(listing.kind === 'ids', `${by} ${direction}`).toBe(!paged);
          const pages: string[] = [];
          for (let start = 0; start < want.length; start += 40) pages.push(...(await listingIds(db, listing, start, start + 40)));
          expect(pages, `${by} ${direction}`).toEqual(want);
          // A page far down, in a listing nothing has been read from (the scrollbar dragged there).
          const far = await claimListing(db, filters, { by, direction });
          const at = Math.floor(want.length * 0.7);
          expect(await listingIds(db, far, at, at + 40), `${by} ${direction} far`).toEqual(want.slice(at, at + 40));
        }
      }
    }, 60_000);
  }
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

describe('claimFacetValues', () => {
  it('offers a screenful of the subjects, measures and tags that start with what was typed, in any case, from the indexes', async () => {
    const db = freshDatabase();
    await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const facts = await db.claimFacts.toArray();
    const every = (facet: 'subjects' | 'measures' | 'tags') => [...new Set(facts.flatMap((f) => f[facet]))].sort();
    const subjects = every('subjects');
    expect(subjects.length).toBeGreaterThan(1);
    expect(await claimFacetValues(db, 'subjects', '')).toEqual(subjects.slice(0, 20));
    const first = subjects[0]!;
    const typed = first.slice(0, 2).toUpperCase();
    expect(await claimFacetValues(db, 'subjects', ` ${typed}`)).toEqual(subjects.filter((s) => s.toLowerCase().startsWith(typed.toLowerCase())));
    expect(await claimFacetValues(db, 'measures', '')).toEqual(every('measures').slice(0, 20));
    expect(await claimFacetValues(db, 'subjects', 'no subject starts like this')).toEqual([]);
  });

  it('never offers more than 20 values, however many the workspace holds', async () => {
    const db = freshDatabase();
    await importSeedWithQuantities(db);
    await settleDerivedRows(db);
    const some = await db.claimFacts.toArray();
    await db.claimFacts.bulkPut(Array.from({ length: 60 }, (_, i) => ({ ...some[0]!, claimId: `extra-${i}`, tags: [`topic ${String(i).padStart(2, '0')}`] })));
    const offered = await claimFacetValues(db, 'tags', 'topic');
    expect(offered).toHaveLength(20);
    expect(offered[0]).toBe('topic 00');
  });
});
