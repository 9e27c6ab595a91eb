import type { SearchKind } from './parse-query';
import { dateNumber, stanceBit, statusCode, type MetaColumns, type StringTable } from './meta-columns';

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

/** What a filter reads of a record: its kind, id and slot in its kind's columns. */
export interface FilterTarget {
  kind: SearchKind;
  id: string;
  columns: MetaColumns;
  slot: number;
}

/**
 * A filter test prepared once per search: names are turned into the columns' numbers first, so a large candidate
 * list is checked with integer comparisons and set lookups.
 */
export function compileFilters(filters: SearchFilters, strings: StringTable): (record: FilterTarget) => boolean {
  const tag = filters.tag?.toLowerCase();
  // Tags keep the case they were written in; the filter ignores it, so every spelling's code counts.
  const tagCodes = tag ? new Set(strings.list.flatMap((s, i) => (s.toLowerCase() === tag ? [i] : []))) : null;
  const sourceCode = filters.sourceId ? strings.find(filters.sourceId) : null;
  const status = filters.status ? statusCode(filters.status) : null;
  const stance = filters.stance ? stanceBit(filters.stance) : null;
  const from = filters.from ? dateNumber(filters.from) : null;
  const to = filters.to ? dateNumber(filters.to) : null;
  const collectionSources = filters.collection ? new Set(filters.collection.sourceIds.map((id) => strings.find(id))) : null;
  const collectionClaims = filters.collection ? new Set(filters.collection.claimIds) : null;
  return ({ kind, id, columns, slot }) => {
    if (filters.kinds && filters.kinds.length > 0 && !filters.kinds.includes(kind)) return false;
    if (tagCodes && !(columns.tags.get(slot) ?? []).some((c) => tagCodes.has(c))) return false;
    if (sourceCode !== null && !columns.sourceCodes(slot).includes(sourceCode)) return false;
    if (status !== null && columns.statuses[slot] !== status) return false;
    if (stance !== null && ((columns.stances[slot] ?? 0) & stance) === 0) return false;
    const date = columns.dates[slot] ?? 0;
    if (from !== null && (date === 0 || date < from)) return false;
    if (to !== null && (date === 0 || date > to)) return false;
    if (collectionSources && collectionClaims) {
      const inside = kind === 'claim' ? collectionClaims.has(id) : columns.sourceCodes(slot).some((c) => collectionSources.has(c));
      if (!inside) return false;
    }
    return true;
  };
}
