/** Trims a tag as typed; an empty result is no tag. */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ');
}

/**
 * A record's tags after renaming or merging `from` into `to` (or deleting them, when `to` is null): order kept, each
 * tag once. Tags compare exactly as stored, so a merge of differently cased tags names each of them.
 */
export function replaceTags(tags: readonly string[], from: readonly string[], to: string | null): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const next = from.includes(tag) ? to : tag;
    if (next !== null && next !== '' && !out.includes(next)) out.push(next);
  }
  return out;
}

/** How many sources, annotations and claims carry a tag. */
export interface TagCount {
  tag: string;
  sources: number;
  annotations: number;
  claims: number;
}

/** Counts per tag from each table's tag index keys (one key per tagged record), sorted by tag. */
export function countTags(keys: { sources: readonly string[]; annotations: readonly string[]; claims: readonly string[] }): TagCount[] {
  const counts = new Map<string, TagCount>();
  const bump = (tag: string, field: 'sources' | 'annotations' | 'claims') => {
    const c = counts.get(tag) ?? { tag, sources: 0, annotations: 0, claims: 0 };
    c[field]++;
    counts.set(tag, c);
  };
  for (const t of keys.sources) bump(t, 'sources');
  for (const t of keys.annotations) bump(t, 'annotations');
  for (const t of keys.claims) bump(t, 'claims');
  return [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}
