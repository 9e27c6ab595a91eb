import type { SavedSearch, SavedSearchFilters } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';

/** Saves a search under a name; a search of the same name is replaced. Returns its id. */
export async function saveSearch(db: FootnoteDatabase, name: string, query: string, filters: SavedSearchFilters): Promise<string> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A saved search needs a name.');
  return db.transaction('rw', db.savedSearches, async () => {
    const existing = await db.savedSearches.where('name').equals(trimmed).first();
    const row: SavedSearch = { id: existing?.id ?? newId(), name: trimmed, query, filters, createdAt: existing?.createdAt ?? nowIso() };
    await db.savedSearches.put(row);
    return row.id;
  });
}

/** Deletes a saved search. */
export async function deleteSavedSearch(db: FootnoteDatabase, id: string): Promise<void> {
  await db.savedSearches.delete(id);
}

/** Every saved search, by name. */
export function listSavedSearches(db: FootnoteDatabase): Promise<SavedSearch[]> {
  return db.savedSearches.orderBy('name').toArray();
}
