import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { CANDIDATES_PER_KIND } from '../../../../shared/search/search-index';
import { useServices } from '../../app/services';
import { addToCollection, listCollections } from '../../db/collections';
import { useNotify } from '../../ui/notices';
import { useSearch } from './SearchProvider';
import { countNoun } from '../../../../shared/wording/count-noun';

/** Adds the sources and claims found (every one, not only the page shown; up to the per-kind candidate limit) to a collection. */
export function AddResultsToCollection() {
  const { db } = useServices();
  const { client, query, filters } = useSearch();
  const notify = useNotify();
  const collections = useLiveQuery(() => listCollections(db), [db]) ?? [];
  const [target, setTarget] = useState('');
  if (collections.length === 0) return null;
  const add = async () => {
    const { answer } = await client.search(query, filters, { hits: CANDIDATES_PER_KIND });
    const sources = answer.groups.find((g) => g.kind === 'source')?.hits.map((h) => h.id) ?? [];
    const claims = answer.groups.find((g) => g.kind === 'claim')?.hits.map((h) => h.id) ?? [];
    const a = await addToCollection(db, target, 'sourceIds', sources);
    const b = await addToCollection(db, target, 'claimIds', claims);
    notify('success', `Added ${countNoun(a, 'source')} and ${countNoun(b, 'claim')} to the collection.`);
  };
  return (
    <div className="search-collect">
      <select aria-label="Collection to add the results to" value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Add these results to…</option>
        {collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="button" className="button small" disabled={!target} onClick={() => void add()}>
        Add
      </button>
    </div>
  );
}
