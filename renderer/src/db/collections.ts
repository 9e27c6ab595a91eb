import type { Collection } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';

/** What a collection can hold. */
export type CollectionMember = 'sourceIds' | 'claimIds' | 'briefingIds';

/** Creates an empty collection named `name`; returns its id. */
export async function createCollection(db: FootnoteDatabase, name: string): Promise<string> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A collection needs a name.');
  const at = nowIso();
  const collection: Collection = { id: newId(), name: trimmed, sourceIds: [], claimIds: [], briefingIds: [], createdAt: at, updatedAt: at };
  await db.collections.add(collection);
  return collection.id;
}

/** Renames a collection. */
export async function renameCollection(db: FootnoteDatabase, id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A collection needs a name.');
  await db.collections.update(id, { name: trimmed, updatedAt: nowIso() });
}

/** Deletes a collection; its members stay in the workspace. */
export async function deleteCollection(db: FootnoteDatabase, id: string): Promise<void> {
  await db.collections.delete(id);
}

/** Adds records to a collection (each once); returns how many were new to it. */
export async function addToCollection(db: FootnoteDatabase, id: string, member: CollectionMember, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', db.collections, async () => {
    const c = await db.collections.get(id);
    if (!c) throw new Error('That collection no longer exists.');
    const present = new Set(c[member]);
    const added = ids.filter((x) => !present.has(x));
    if (added.length > 0) await db.collections.put({ ...c, [member]: [...c[member], ...new Set(added)], updatedAt: nowIso() });
    return new Set(added).size;
  });
}

/** Removes records from a collection. */
export async function removeFromCollection(db: FootnoteDatabase, id: string, member: CollectionMember, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.collections, async () => {
    const c = await db.collections.get(id);
    if (!c) return;
    const gone = new Set(ids);
    await db.collections.put({ ...c, [member]: c[member].filter((x) => !gone.has(x)), updatedAt: nowIso() });
  });
}

/** Every collection, by name. */
export function listCollections(db: FootnoteDatabase): Promise<Collection[]> {
  return db.collections.orderBy('name').toArray();
}
