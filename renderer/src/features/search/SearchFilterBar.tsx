import { memo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { SEARCH_KINDS, type SearchKind } from '../../../../shared/search/parse-query';
import { ClaimStatusSchema, StanceSchema } from '../../../../shared/model';
import { useServices } from '../../app/services';
import { listTagNames } from '../../db/tags';
import { listCollections } from '../../db/collections';
import { deleteSavedSearch, listSavedSearches, saveSearch } from '../../db/saved-searches';
import type { SearchRequestFilters } from '../../workers/search-protocol';
import { useSearch, useSearchControls } from './SearchProvider';

const KIND_LABELS: Record<SearchKind, string> = { source: 'Sources', annotation: 'Annotations', claim: 'Claims' };

/**
 * The filters of the search panel, and saved searches: each control narrows the results at once. Given the filters
 * as a prop and memoized, so typing in the search box redraws only the saved-search part, which needs the query.
 */
export const SearchFilterBar = memo(function SearchFilterBar({ filters }: { filters: SearchRequestFilters }) {
  const { db } = useServices();
  const { setFilters } = useSearchControls();
  // Names only: counting every tagged record's key (200,000 keys at 100,000 claims) held the page as the panel opened.
  const tags = useLiveQuery(() => listTagNames(db), [db]) ?? [];
  const collections = useLiveQuery(() => listCollections(db), [db]) ?? [];
  const source = useLiveQuery(async () => (filters.sourceId ? db.sources.get(filters.sourceId) : undefined), [db, filters.sourceId]);
  const set = (patch: Partial<SearchRequestFilters>) => {
    const next: SearchRequestFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof SearchRequestFilters)[]) if (next[key] === undefined || next[key] === '') delete next[key];
    setFilters(next);
  };
  const kinds = filters.kinds ?? [];
  const toggleKind = (kind: SearchKind) => set({ kinds: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind] });
  return (
    <div className="search-filters" role="group" aria-label="Search filters">
      {SEARCH_KINDS.map((kind) => (
        <label key={kind} className="search-filter-kind">
          <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} /> {KIND_LABELS[kind]}
        </label>
      ))}
      <FilterSelect label="Tag" value={filters.tag} onChange={(tag) => set({ tag })} options={tags.map((t) => ({ value: t, label: t }))} />
      <FilterSelect label="Collection" value={filters.collectionId} onChange={(collectionId) => set({ collectionId })} options={collections.map((c) => ({ value: c.id, label: c.name }))} />
      <FilterSelect label="Status" value={filters.status} onChange={(status) => set({ status })} options={ClaimStatusSchema.options.map((v) => ({ value: v, label: v }))} />
      <FilterSelect label="Stance" value={filters.stance} onChange={(stance) => set({ stance })} options={StanceSchema.options.map((v) => ({ value: v, label: v }))} />
      <label>
        From <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label>
        To <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      {filters.sourceId && (
        <button type="button" className="button small" onClick={() => set({ sourceId: undefined })} aria-label="Remove the source filter">
          Source: {source?.title ?? '…'} ×
        </button>
      )}
      <SavedSearches />
    </div>
  );
});

/** Saved searches: choose one to run it, name the current one to save it, or delete one. */
function SavedSearches() {
  const { db } = useServices();
  const { query, setQuery, filters, setFilters } = useSearch();
  const saved = useLiveQuery(() => listSavedSearches(db), [db]) ?? [];
  const [saveName, setSaveName] = useState('');
  return (
    <span className="search-saved">
      <select
        aria-label="Saved searches"
        value=""
        onChange={(e) => {
          const s = saved.find((x) => x.id === e.target.value);
          if (!s) return;
          setQuery(s.query);
          setFilters(s.filters);
        }}
      >
        <option value="">Saved searches…</option>
        {saved.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <input type="text" aria-label="Name for this search" placeholder="Name" value={saveName} onChange={(e) => setSaveName(e.target.value)} />
      <button
        type="button"
        className="button small"
        disabled={!saveName.trim()}
        onClick={() => void saveSearch(db, saveName, query, filters).then(() => setSaveName(''))}
      >
        Save search
      </button>
      {saved.length > 0 && (
        <select aria-label="Delete a saved search" value="" onChange={(e) => e.target.value && void deleteSavedSearch(db, e.target.value)}>
          <option value="">Delete saved…</option>
          {saved.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </span>
  );
}

/** One filter as a select whose first choice, "any", clears it. */
function FilterSelect({ label, value, onChange, options }: { label: string; value: string | undefined; onChange: (value: string | undefined) => void; options: { value: string; label: string }[] }) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
