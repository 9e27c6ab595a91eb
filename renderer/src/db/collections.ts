// Collections group sources, claims and briefings. Every change is one transaction that records the collection before
// and after in history, so it can be undone like any other change.
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
  await db.transaction('rw', [db.collections, db.history], async () => {
    await db.collections.add(collection);
    await db.history.add({ entity: 'collection', entityId: collection.id, op: 'create', at, after: collection });
  });
  return collection.id;
}

/** Renames a collection. */
export async function renameCollection(db: FootnoteDatabase, id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A collection needs a name.');
  await changeCollection(db, id, (c) => ({ ...c, name: trimmed }));
}

/** Deletes a collection; its members stay in the workspace. */
export async function deleteCollection(db: FootnoteDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.collections, db.history], async () => {
    const before = await db.collections.get(id);
    if (!before) return;
    await db.collections.delete(id);
    await db.history.add({ entity: 'collection', entityId: id, op: 'delete', at: nowIso(), before });
  });
}

/** Adds records to a collection (each once); returns how many were new to it. */
export async function addToCollection(db: FootnoteDatabase, id: string, member: CollectionMember, ids: readonly string[]): Promise<number> {
  let added = 0;
  await changeCollection(db, id, (c) => {
    const present = new Set(c[member]);
    const fresh = [...new Set(ids.filter((x) => !present.has(x)))];
    added = fresh.length;
    return fresh.length > 0 ? { ...c, [member]: [...c[member], ...fresh] } : c;
  }, { required: true });
  return added;
}

/** Removes records from a collection. */
export async function removeFromCollection(db: FootnoteDatabase, id: string, member: CollectionMember, ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  await changeCollection(db, id, (c) => (c[member].some((x) => gone.has(x)) ? { ...c, [member]: c[member].filter((x) => !gone.has(x)) } : c));
}

// One edit of one collection, recorded; an edit that changes nothing writes nothing.
async function changeCollection(db: FootnoteDatabase, id: string, edit: (c: Collection) => Collection, options: { required?: boolean } = {}): Promise<void> {
  await db.transaction('rw', [db.collections, db.history], async () => {
    const before = await db.collections.get(id);
    if (!before) {
      if (options.required) throw new Error('That collection no longer exists.');
      return;
    }
    const edited = edit(before);
    if (edited === before) return;
    const after: Collection = { ...edited, updatedAt: nowIso() };
    await db.collections.put(after);
    await db.history.add({ entity: 'collection', entityId: id, op: 'update', at: after.updatedAt, before, after });
  });
}

/** Every collection, by name. */
export function listCollections(db: FootnoteDatabase): Promise<Collection[]> {
  return db.collections.orderBy('name').toArray();
}
