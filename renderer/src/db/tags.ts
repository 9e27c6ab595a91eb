import { countTags, replaceTags, cleanTag, type TagCount } from '../../../shared/organise/tag-edits';
import type { FootnoteDatabase } from './database';
import { MAX_RECORD_ID_LENGTH } from '../../../shared/model';
import { claimOf } from './claim-measure-keys';
import { nowIso } from './identity';

/** Every tag with how many sources, annotations and claims carry it, read from the tag indexes alone. */
export async function listTagCounts(db: FootnoteDatabase): Promise<TagCount[]> {
  return db.transaction('r', db.sources, db.annotations, db.claims, async () => {
    const [sources, annotations, claims] = await Promise.all([
      db.sources.orderBy('tags').keys(),
      db.annotations.orderBy('tags').keys(),
      db.claims.orderBy('tags').keys(),
    ]);
    return countTags({ sources: sources.map(String), annotations: annotations.map(String), claims: claims.map(String) });
  });
}

/** Every tag in use, sorted, read as the tag indexes' distinct keys: no per-record key list at 100,000 claims. */
export async function listTagNames(db: FootnoteDatabase): Promise<string[]> {
  return db.transaction('r', db.sources, db.annotations, db.claims, async () => {
    const lists = await Promise.all([db.sources.orderBy('tags').uniqueKeys(), db.annotations.orderBy('tags').uniqueKeys(), db.claims.orderBy('tags').uniqueKeys()]);
    return [...new Set(lists.flat().map(String))].sort((a, b) => a.localeCompare(b));
  });
}

// One transaction over the three tagged tables: a rename is never seen half done. Every record it changed is kept in
// history before and after, so the rename, merge or removal can be undone like any other change.
async function retag(db: FootnoteDatabase, from: readonly string[], to: string | null): Promise<number> {
  const at = nowIso();
  return db.transaction('rw', [db.sources, db.annotations, db.claims, db.history], async () => {
    const [sources, annotations, claims] = await Promise.all([
      db.sources.where('tags').anyOf([...from]).distinct().toArray(),
      db.annotations.where('tags').anyOf([...from]).distinct().toArray(),
      db.claims.where('tags').anyOf([...from]).distinct().toArray(),
    ]);
    const before = { sources, annotations, claims: claims.map(claimOf) };
    const after = {
      sources: sources.map((s) => ({ ...s, tags: replaceTags(s.tags, from, to) })),
      annotations: annotations.map((a) => ({ ...a, tags: replaceTags(a.tags, from, to), updatedAt: at })),
      claims: before.claims.map((c) => ({ ...c, tags: replaceTags(c.tags, from, to), updatedAt: at })),
    };
    await Promise.all([db.sources.bulkPut(after.sources), db.annotations.bulkPut(after.annotations), db.claims.bulkPut(after.claims)]);
    const changed = sources.length + annotations.length + claims.length;
    if (changed > 0) {
      const entityId = from.join(', ').slice(0, MAX_RECORD_ID_LENGTH);
      await db.history.add({ entity: 'tag', entityId, op: to === null ? 'delete' : 'update', at, before, after: to === null ? after : { ...after, renamedTo: to } });
    }
    return changed;
  });
}

/** Renames a tag on every source, annotation and claim; returns how many records changed. */
export function renameTag(db: FootnoteDatabase, from: string, to: string): Promise<number> {
  const name = cleanTag(to);
  if (!name) return Promise.reject(new Error('A tag needs a name.'));
  return retag(db, [from], name);
}

/** Merges several tags into one (which may be one of them or new); returns how many records changed. */
export function mergeTags(db: FootnoteDatabase, tags: readonly string[], into: string): Promise<number> {
  const name = cleanTag(into);
  if (!name) return Promise.reject(new Error('A tag needs a name.'));
  return retag(db, tags, name);
}

/** Removes a tag from every record; the records stay. Returns how many changed. */
export function deleteTag(db: FootnoteDatabase, tag: string): Promise<number> {
  return retag(db, [tag], null);
}
