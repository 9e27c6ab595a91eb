import { describe, expect, it } from 'vitest';
import { freshDatabase, importSeed } from './test-database';
import { createHash } from 'node:crypto';
import { readShared } from '../../shared/fixture-paths';

describe('importDocument', () => {
  it('stores the seed summary with its provenance, 10 claims and 12 unresolved citations', async () => {
    const db = freshDatabase();
    const outcome = await importSeed(db);
    expect(outcome).toMatchObject({ status: 'imported', claims: 10, citations: 12, title: '美日稀土协议难破中国“封锁”' });
    const [source] = await db.sources.toArray();
    expect(source).toMatchObject({ publisher: 'Sou Hu Cai Jing', publishedAt: '2025-10-30T04:49', kind: 'clipping', tags: ['Workflow'] });
    const bytes = readShared('fixtures/seed-summary-rare-earths.txt');
    expect(source?.fileHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    const file = await db.sourceFiles.get(source!.id);
    expect(file?.size).toBe(bytes.length);
    expect(Buffer.from(file!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(await db.claims.count()).toBe(10);
    const citations = await db.citations.toArray();
    expect(citations).toHaveLength(12);
    expect(citations.every((c) => !c.resolved && c.sourceId === source?.id)).toBe(true);
    // One record of the import, and each claim's creation recorded as the claim with its citations, as part of the
    // import (so Ctrl+Z does not take an imported summary's claims away one by one).
    const history = await db.history.toArray();
    expect(history.filter((h) => h.entity === 'source').map((h) => h.op)).toEqual(['import']);
    const created = history.filter((h) => h.entity === 'claim');
    expect(created).toHaveLength(10);
    expect(created.every((h) => h.op === 'import' && h.after && 'claims' in h.after && h.after.claims?.length === 1)).toBe(true);
  });

  it('recognises the same content imported twice and makes no second copy', async () => {
    const db = freshDatabase();
    const first = await importSeed(db);
    const second = await importSeed(db);
    expect(second).toEqual({ status: 'duplicate', sourceId: first.sourceId, title: first.title });
    expect(await db.sources.count()).toBe(1);
    expect(await db.claims.count()).toBe(10);
  });
});
