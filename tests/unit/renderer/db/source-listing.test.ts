import { describe, expect, it } from 'vitest';
import { openSourceListing, sourceIdsNewestFirst } from '../../../../renderer/src/db/queries';
import { freshDatabase } from './test-database';
import { importOriginal } from './claims/claims-fixtures';

describe('the library’s listing', () => {
  it('opens on the count and the newest page, and reads every id, newest first, only when asked', async () => {
    const db = freshDatabase();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(await importOriginal(db, [`Paragraph of source ${i}.`], { title: `Source ${i}` }));
      // Imports a millisecond apart are ordered by their time, not by chance.
      await new Promise((r) => setTimeout(r, 3));
    }
    const newestFirst = [...ids].reverse();

    const listing = await openSourceListing(db, 2);
    expect(listing.count).toBe(5);
    expect(listing.firstIds).toEqual(newestFirst.slice(0, 2));
    expect([...listing.firstPage.values()].map((s) => s.title)).toEqual(['Source 4', 'Source 3']);
    expect(await sourceIdsNewestFirst(db)).toEqual(newestFirst);

    const empty = await openSourceListing(freshDatabase(), 2);
    expect(empty).toEqual({ count: 0, firstIds: [], firstPage: new Map() });
  });
});
