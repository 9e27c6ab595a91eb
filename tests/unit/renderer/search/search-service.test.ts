import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SearchService } from '../../../../renderer/src/workers/search-service';
import { tableChanges, type TableChange } from '../../../../renderer/src/workers/search-changes';
import type { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { freshDatabase, importSeed } from '../db/test-database';
import { removeCitation, setCitationStance } from '../../../../renderer/src/db/citation-operations';

const ids = async (service: SearchService, q: string) => (await service.search(q, {}))!.groups.flatMap((g) => g.hits.map((h) => `${h.kind}:${h.label.slice(0, 8)}`));

// The client's wiring, without a Worker: every committed write's keys go to the service, as in the app.
function follow(db: FootnoteDatabase, service: SearchService): () => void {
  const listener = (parts: Record<string, unknown>) => {
    const changes = tableChanges(parts, db.name);
    if (changes === 'all' || changes.length > 0) void service.applyChanges(changes);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('SearchService', () => {
  it('builds the index from the workspace, follows writes from any operation, and stores it for the next start', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const service = new SearchService(db);
    cleanups.push(follow(db, service), () => service.close());
    await service.open();
    expect(service.status).toMatchObject({ state: 'ready', origin: 'built', size: { source: 1, annotation: 0, claim: 10 } });
    expect(await ids(service, '稀土')).toEqual(['source:美日稀土协议难破']);
    expect((await ids(service, 'neodym')).sort()).toEqual(['claim:Over 90%', 'source:美日稀土协议难破']);

    // A write the index was never told about directly: a claim edited through Dexie, as any operation would.
    const claim = (await db.claims.toArray()).find((c) => c.text.includes('neodymium'))!;
    await db.claims.update(claim.id, { text: 'Cobalt refining is concentrated', tags: ['cobalt'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(await ids(service, 'neodym')).toEqual(['source:美日稀土协议难破']);
    expect(await ids(service, 'cobalt')).toEqual(['claim:Cobalt r']);
    const tagged = (await service.search('', { tag: 'cobalt' }))!;
    expect(tagged.groups.flatMap((g) => g.hits.map((h) => h.id))).toEqual([claim.id]);

    await db.claims.delete(claim.id);
    await new Promise((r) => setTimeout(r, 20));
    expect(await ids(service, 'cobalt')).toEqual([]);
    await service.persist();

    // The next start reads the stored index instead of rebuilding.
    const next = new SearchService(db);
    cleanups.push(() => next.close());
    await next.open();
    expect(next.status).toMatchObject({ state: 'ready', origin: 'stored', size: { source: 1, annotation: 0, claim: 9 } });
    expect(await ids(next, '稀土')).toEqual(['source:美日稀土协议难破']);
  });

  it('rebuilds at the next start when a change was applied but the index not stored again', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const first = new SearchService(db);
    await first.open();
    const claim = (await db.claims.toArray())[0]!;
    await db.claims.update(claim.id, { text: 'Vanadium flow batteries' });
    await first.applyChanges([{ table: 'claims', keys: [claim.id] }]);
    first.close();
    const second = new SearchService(db);
    cleanups.push(() => second.close());
    await second.open();
    expect(second.status.origin).toBe('built');
    expect((await second.search('vanadium', {}))!.groups.flatMap((g) => g.hits.map((h) => h.id))).toEqual([claim.id]);
  });

  it('rebuilds when the stored index disagrees with the workspace, and after a table is cleared', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const first = new SearchService(db);
    await first.open();
    first.close();
    // Written while no index was listening.
    await db.claims.clear();
    const second = new SearchService(db);
    cleanups.push(follow(db, second), () => second.close());
    await second.open();
    expect(second.status).toMatchObject({ origin: 'built', size: { claim: 0 } });
    await db.sources.clear();
    await new Promise((r) => setTimeout(r, 50));
    await second.search('', {});
    expect(second.status.size.source).toBe(0);
  });

  it('a claim stops matching a stance when the citation that gave it is removed', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const service = new SearchService(db);
    cleanups.push(follow(db, service), () => service.close());
    await service.open();
    const citations = await db.citations.toArray();
    const perClaim = (id: string) => citations.filter((c) => c.claimId === id).length;
    const citation = citations.find((c) => perClaim(c.claimId) === 1)!;
    const contradicted = async () => (await service.search('', { stance: 'contradicts' }))!.groups.flatMap((g) => g.hits.map((h) => h.id));
    const settle = () => new Promise((r) => setTimeout(r, 50));

    await setCitationStance(db, citation.id, 'contradicts');
    await settle();
    expect(await contradicted()).toContain(citation.claimId);
    // The deleted row no longer names its claim: the claim's derived-data mark, written in the same transaction, does.
    await removeCitation(db, citation.id);
    await settle();
    expect(await contradicted()).not.toContain(citation.claimId);
    const claim = (await service.search('', { kinds: ['claim'], sourceId: citation.sourceId }))!.groups.flatMap((g) => g.hits);
    expect(claim.find((h) => h.id === citation.claimId)?.stances).toEqual([]);
  });

  it('filters by a collection’s members', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const service = new SearchService(db);
    cleanups.push(() => service.close());
    await service.open();
    const claim = (await db.claims.toArray()).find((c) => c.text.includes('neodymium'))!;
    await db.collections.add({ id: 'k', name: 'Magnets', sourceIds: [], claimIds: [claim.id], briefingIds: [], createdAt: '', updatedAt: '' });
    const answer = await service.search('rare earth', { collectionId: 'k' });
    expect(answer!.groups.flatMap((g) => g.hits.map((h) => h.id))).toEqual([claim.id]);
  });
});

describe('tableChanges', () => {
  it('reads keys per watched table from Dexie’s parts and ignores other databases, tables and indexes', () => {
    const parts = {
      'idb://ws/claims/': { from: 'b', to: 'b', d: 2, l: { from: 'a', to: 'a', d: 1 }, r: null },
      'idb://ws/claims/status': { from: 'x', to: 'x', d: 1 },
      'idb://ws/history/': { from: 1, to: 1, d: 1 },
      'idb://other/claims/': { from: 'z', to: 'z', d: 1 },
      'idb://ws/texts/': { d: 0 },
    };
    expect(tableChanges(parts, 'ws')).toEqual([{ table: 'claims', keys: ['b', 'a'] } satisfies TableChange]);
  });

  it('reports a cleared range as the whole table, and the all-part as everything', () => {
    expect(tableChanges({ 'idb://ws/sources/': { from: '', to: '\uffff', d: 1 } }, 'ws')).toEqual([{ table: 'sources', keys: 'all' }]);
    expect(tableChanges({ all: {} }, 'ws')).toBe('all');
  });
});
