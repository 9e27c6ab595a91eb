import type { SearchKind } from './parse-query';
import type { SearchMeta } from './search-document';

/** The filters a search can apply; every one given must hold. */
export interface SearchFilters {
  kinds?: SearchKind[];
  tag?: string;
  sourceId?: string;
  /** The members of a collection: records outside it are left out (annotations follow their source). */
  collection?: { sourceIds: readonly string[]; claimIds: readonly string[] };
  /** Inclusive `YYYY-MM-DD` bounds on the record's date. */
  from?: string;
  to?: string;
  status?: string;
  stance?: string;
}

/** A filter test prepared once per search, so a large candidate list is checked with set lookups. */
export function compileFilters(filters: SearchFilters): (meta: SearchMeta) => boolean {
  const collectionSources = filters.collection ? new Set(filters.collection.sourceIds) : null;
  const collectionClaims = filters.collection ? new Set(filters.collection.claimIds) : null;
  const tag = filters.tag?.toLowerCase();
  return (meta) => {
    if (filters.kinds && filters.kinds.length > 0 && !filters.kinds.includes(meta.kind)) return false;
    if (tag && !meta.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (filters.sourceId && !meta.sourceIds.includes(filters.sourceId)) return false;
    if (filters.status && meta.status !== filters.status) return false;
    if (filters.stance && !(meta.stances ?? []).includes(filters.stance)) return false;
    if (filters.from && (!meta.date || meta.date.slice(0, 10) < filters.from)) return false;
    if (filters.to && (!meta.date || meta.date.slice(0, 10) > filters.to)) return false;
    if (collectionSources && collectionClaims) {
      const inside = meta.kind === 'claim' ? collectionClaims.has(meta.id) : meta.sourceIds.some((s) => collectionSources.has(s));
      if (!inside) return false;
    }
    return true;
  };
}
