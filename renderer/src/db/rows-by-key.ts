import type { IndexableType, Table } from 'dexie';

/**
 * The rows whose `index` equals any of `keys`, in the order of the keys. Dexie's `anyOf` walks one cursor, a round
 * trip to the database per row; a page of 80 claims' citations took that many trips one after another. Here each
 * key is one `getAll` request, all sent at once, so a page costs about one round trip.
 */
export async function rowsByKey<T, K, I>(table: Table<T, K, I>, index: string, keys: readonly IndexableType[]): Promise<T[]> {
  const lists = await Promise.all([...new Set(keys)].map((key) => table.where(index).equals(key).toArray()));
  return lists.flat();
}
