/** The records of one table that changed: their keys, or 'all' when a range (a clear, a restore) changed. */
export interface TableChange {
  table: string;
  keys: string[] | 'all';
}

/** The shape of a Dexie RangeSet node as it arrives in a `storagemutated` event: a binary tree of key ranges. */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/**
 * The tables the search index reads; changes to any other table are ignored. `derivedDirty` holds a mark (`c:<claim
 * id>`) for every claim whose citations a write changed, written in the writing transaction by the derived-marks
 * middleware: a deleted citation's key alone no longer says which claim it belonged to, its claim's mark does.
 */
export const WATCHED_TABLES = ['sources', 'texts', 'annotations', 'claims', 'citations', 'collections', 'derivedDirty'] as const;

/** The claims named by `derivedDirty` marks; other marks (subject keys, "all") are not about one claim. */
export function markedClaimIds(keys: readonly string[]): string[] {
  return keys.flatMap((k) => (k.startsWith('c:') ? [k.slice(2)] : []));
}

/**
 * Reads Dexie's `storagemutated` parts (`idb://<db>/<table>/` → the primary keys written) into per-table changes
 * for one database. Dexie fires this after each committed write transaction, whichever operation wrote, which is
 * why the search index follows it instead of every write operation calling the index.
 */
export function tableChanges(parts: Record<string, unknown>, dbName: string): TableChange[] | 'all' {
  if ('all' in parts) return 'all';
  const prefix = `idb://${dbName}/`;
  const changes: TableChange[] = [];
  for (const [part, set] of Object.entries(parts)) {
    if (!part.startsWith(prefix) || !part.endsWith('/')) continue;
    const table = part.slice(prefix.length, -1);
    if (table.includes('/') || !(WATCHED_TABLES as readonly string[]).includes(table)) continue;
    const keys: string[] = [];
    let whole = false;
    const walk = (node: RangeNode | null | undefined) => {
      if (!node || whole || !('from' in node)) return;
      if (node.from === node.to && typeof node.from === 'string') keys.push(node.from);
      else whole = true;
      walk(node.l);
      walk(node.r);
    };
    walk(set as RangeNode);
    if (whole) changes.push({ table, keys: 'all' });
    else if (keys.length > 0) changes.push({ table, keys });
  }
  return changes;
}
