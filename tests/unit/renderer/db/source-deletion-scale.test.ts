import { describe, expect, it } from 'vitest';
import { deleteSource, previewSourceDeletion } from '../../../../renderer/src/db/source-deletion';
import { undoLatest } from '../../../../renderer/src/db/undo';
import type { Source } from '../../../../shared/model';
import { freshDatabase, importSeed } from './test-database';

// A deletion reads the source list once (no index names a summary's original); this keeps that bounded at the
// workspace size the app promises.
const SOURCES = 10_000;

describe('deleting a source in a large workspace', () => {
  it(`deletes and restores one source among ${SOURCES.toLocaleString('en')}`, async () => {
    const db = freshDatabase();
    const seed = await importSeed(db);
    const at = new Date().toISOString();
    await db.sources.bulkAdd(
      Array.from({ length: SOURCES }, (_, i): Source => ({ id: `s${i}`, title: `Source ${i}`, lang: 'en', authors: [], kind: 'html', contentHash: `h${i}`, importedAt: at, importedFrom: { method: 'paste' }, tags: [] })),
    );
    const started = performance.now();
    expect(await previewSourceDeletion(db, seed.sourceId)).toBeDefined();
    const previewed = performance.now();
    await deleteSource(db, seed.sourceId);
    const deleted = performance.now();
    expect((await undoLatest(db)).status).toBe('done');
    const undone = performance.now();
    expect(await db.sources.count()).toBe(SOURCES + 1);
    console.log(`${SOURCES} sources (fake-indexeddb): preview ${(previewed - started).toFixed(0)} ms, delete ${(deleted - previewed).toFixed(0)} ms, undo ${(undone - deleted).toFixed(0)} ms`);
  });
});
