import { describe, expect, it } from 'vitest';
import { deleteTag, listTagCounts, mergeTags, renameTag } from '../../../../renderer/src/db/tags';
import { addToCollection, createCollection, deleteCollection, removeFromCollection, renameCollection } from '../../../../renderer/src/db/collections';
import { saveSearch, listSavedSearches } from '../../../../renderer/src/db/saved-searches';
import { exportWorkspace, parseWorkspaceFile, restoreWorkspace } from '../../../../renderer/src/db/workspace-file';
import { replaceTags } from '../../../../shared/organise/tag-edits';
import { freshDatabase, importSeed } from './test-database';

async function taggedSeed() {
  const db = freshDatabase();
  await importSeed(db);
  const [source] = await db.sources.toArray();
  const claims = await db.claims.toArray();
  await db.sources.update(source!.id, { tags: ['rare earths', 'Japan'] });
  await db.claims.update(claims[0]!.id, { tags: ['rare earths', 'policy'] });
  await db.claims.update(claims[1]!.id, { tags: ['REE'] });
  return { db, source: source!, claims };
}

describe('tags', () => {
  it('counts tags per kind of record from the indexes', async () => {
    const { db } = await taggedSeed();
    expect(await listTagCounts(db)).toEqual([
      { tag: 'Japan', sources: 1, annotations: 0, claims: 0 },
      { tag: 'policy', sources: 0, annotations: 0, claims: 1 },
      { tag: 'rare earths', sources: 1, annotations: 0, claims: 1 },
      { tag: 'REE', sources: 0, annotations: 0, claims: 1 },
    ]);
  });

  it('renames, merges and deletes across sources and claims, each tag once per record', async () => {
    const { db, source, claims } = await taggedSeed();
    expect(await renameTag(db, 'rare earths', ' rare-earth  elements ')).toBe(2);
    expect((await db.sources.get(source.id))!.tags).toEqual(['rare-earth elements', 'Japan']);
    expect(await mergeTags(db, ['rare-earth elements', 'REE'], 'REE')).toBe(3);
    expect((await db.claims.get(claims[0]!.id))!.tags).toEqual(['REE', 'policy']);
    expect((await db.claims.get(claims[1]!.id))!.tags).toEqual(['REE']);
    expect(await deleteTag(db, 'REE')).toBe(3);
    expect((await listTagCounts(db)).map((t) => t.tag)).toEqual(['Japan', 'policy']);
    await expect(renameTag(db, 'Japan', '   ')).rejects.toThrow('A tag needs a name.');
  });

  it('replaceTags keeps order and drops duplicates', () => {
    expect(replaceTags(['a', 'b', 'c'], ['a', 'c'], 'b')).toEqual(['b']);
    expect(replaceTags(['a', 'b'], ['a'], null)).toEqual(['b']);
  });
});

describe('collections and saved searches', () => {
  it('groups sources, claims and briefings, and travels in the workspace file', async () => {
    const { db, source, claims } = await taggedSeed();
    const id = await createCollection(db, ' Rare earths project ');
    expect(await addToCollection(db, id, 'sourceIds', [source.id, source.id])).toBe(1);
    expect(await addToCollection(db, id, 'claimIds', claims.slice(0, 3).map((c) => c.id))).toBe(3);
    await removeFromCollection(db, id, 'claimIds', [claims[0]!.id]);
    await renameCollection(db, id, 'REE project');
    await saveSearch(db, 'Disputed', '稀土', { kinds: ['claim'], status: 'disputed' });
    const c = await db.collections.get(id);
    expect(c).toMatchObject({ name: 'REE project', sourceIds: [source.id], claimIds: [claims[1]!.id, claims[2]!.id], briefingIds: [] });

    const text = await exportWorkspace(db, 'Default');
    expect(JSON.parse(text).tables.collections[0].name).toBe('REE project');
    const parsed = parseWorkspaceFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const other = freshDatabase();
    await restoreWorkspace(other, parsed.value);
    expect(await other.collections.get(id)).toEqual(c);
    expect((await listSavedSearches(other)).map((s) => s.filters)).toEqual([{ kinds: ['claim'], status: 'disputed' }]);

    await deleteCollection(db, id);
    expect(await db.collections.count()).toBe(0);
    expect(await db.sources.count()).toBe(1);
  });
});
