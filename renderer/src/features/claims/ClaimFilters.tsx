import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClaimTableFilters } from '../../../../shared/claims/evidence/claim-table';
import { ClaimStatusSchema } from '../../../../shared/model';
import { claimFacetValues, sourcesTitled, type ClaimFacet } from '../../db/claim-table-query';
import { useServices } from '../../app/services';

type FacetKey = 'tag' | 'subject' | 'measure';
const FACETS: readonly { key: FacetKey; facet: ClaimFacet; label: string }[] = [
  { key: 'tag', facet: 'tags', label: 'Tag' },
  { key: 'subject', facet: 'subjects', label: 'Subject' },
  { key: 'measure', facet: 'measures', label: 'Measure' },
];

/**
 * The claims table's filters: status as a menu; tag, subject, measure and source found by typing their start, with a
 * screenful of matching values offered from the indexes (a menu of each would be as long as the workspace makes it).
 */
export function ClaimFilters({ filters, onChange }: { filters: ClaimTableFilters; onChange: (filters: ClaimTableFilters) => void }) {
  const { db } = useServices();
  const id = useId();
  const set = (key: 'status' | FacetKey | 'sourceId', value: string) => {
    const next: ClaimTableFilters = { ...filters };
    if (value === '') delete next[key];
    else if (key === 'status') next.status = ClaimStatusSchema.parse(value);
    else next[key] = value;
    onChange(next);
  };
  const facet = ({ key, facet: index, label }: (typeof FACETS)[number]) => (
    <SuggestFilter
      key={key}
      label={label}
      chosen={filters[key] === undefined ? undefined : { key: filters[key], label: filters[key] }}
      suggest={async (typed) => (await claimFacetValues(db, index, typed)).map((v) => ({ key: v, label: v }))}
      onChange={(value) => set(key, value)}
    />
  );
  return (
    <div className="claim-filters" role="group" aria-label="Filter claims">
      <label htmlFor={`${id}-status`}>
        Status
        <select id={`${id}-status`} value={typeof filters.status === 'string' ? filters.status : ''} onChange={(e) => set('status', e.target.value)}>
          <option value="">any</option>
          {ClaimStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {facet(FACETS[0]!)}
      <SourceFilter sourceId={filters.sourceId} onChange={(sourceId) => set('sourceId', sourceId)} />
      {FACETS.slice(1).map(facet)}
    </div>
  );
}

// A source is chosen by its title and filtered by its id.
function SourceFilter({ sourceId, onChange }: { sourceId: string | undefined; onChange: (sourceId: string) => void }) {
  const { db } = useServices();
  const title = useLiveQuery(async () => (sourceId ? ((await db.sources.get(sourceId))?.title ?? sourceId) : ''), [db, sourceId]);
  return (
    <SuggestFilter
      label="Source"
      chosen={sourceId === undefined ? undefined : { key: sourceId, label: title ?? '' }}
      suggest={async (typed) => (await sourcesTitled(db, typed)).map((s) => ({ key: s.id, label: s.title }))}
      onChange={onChange}
    />
  );
}

interface Suggestion {
  key: string;
  label: string;
}

/** A filter typed into, offering the values that start with what was typed; choosing one filters by its key, clearing the box removes the filter. */
function SuggestFilter({ label, chosen, suggest, onChange }: { label: string; chosen: Suggestion | undefined; suggest: (typed: string) => Promise<Suggestion[]>; onChange: (key: string) => void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  // Suggestions are read once the analyst reaches for the box, not each time the table opens.
  const [wanted, setWanted] = useState(false);
  const suggestions = useLiveQuery(() => (wanted ? suggest(typed) : []), [wanted, typed]) ?? [];
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        type="search"
        list={`${id}-list`}
        placeholder="any"
        value={chosen && typed === '' ? chosen.label : typed}
        onFocus={() => setWanted(true)}
        onChange={(e) => {
          const value = e.target.value;
          const match = suggestions.find((s) => s.label === value);
          setTyped(match ? '' : value);
          if (match) onChange(match.key);
          else if (value === '') onChange('');
        }}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s.key} value={s.label} />
        ))}
      </datalist>
    </label>
  );
}
