import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ClaimTableFilters } from '../../../../shared/claims/evidence/claim-table';
import { ClaimStatusSchema } from '../../../../shared/model';
import { claimFilterOptions, sourcesTitled } from '../../db/claim-table-query';
import { useServices } from '../../app/services';

/** The claims table's filters: status, tag, subject and measure as menus of what the claims hold (read from the indexes), and a source found by its title. */
export function ClaimFilters({ filters, onChange }: { filters: ClaimTableFilters; onChange: (filters: ClaimTableFilters) => void }) {
  const { db } = useServices();
  const id = useId();
  // The menus list every tag, subject and measure in the workspace (thousands at 100,000 claims): they are read when
  // the analyst first reaches for a menu, not each time the table opens.
  const [menusWanted, setMenusWanted] = useState(false);
  const options = useLiveQuery(() => (menusWanted ? claimFilterOptions(db) : undefined), [db, menusWanted]);
  const set = (key: 'status' | 'tag' | 'sourceId' | 'subject' | 'measure', value: string) => {
    const next: ClaimTableFilters = { ...filters };
    if (value === '') delete next[key];
    else if (key === 'status') next.status = ClaimStatusSchema.parse(value);
    else next[key] = value;
    onChange(next);
  };
  const menu = (key: 'tag' | 'subject' | 'measure', label: string, values: readonly string[]) => (
    <label htmlFor={`${id}-${key}`}>
      {label}
      <select id={`${id}-${key}`} value={filters[key] ?? ''} onChange={(e) => set(key, e.target.value)} onFocus={() => setMenusWanted(true)} onPointerDown={() => setMenusWanted(true)}>
        <option value="">any</option>
        {withChosen(values, filters[key]).map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
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
      {menu('tag', 'Tag', options?.tags ?? [])}
      <SourceFilter sourceId={filters.sourceId} onChange={(sourceId) => set('sourceId', sourceId)} />
      {menu('subject', 'Subject', options?.subjects ?? [])}
      {menu('measure', 'Measure', options?.measures ?? [])}
    </div>
  );
}

// Until the menu's values are read, the chosen one is its only entry, so the menu still shows what filters the table.
function withChosen(values: readonly string[], chosen: string | undefined): readonly string[] {
  return chosen === undefined || values.includes(chosen) ? values : [chosen, ...values];
}

// A menu of every source would be as long as the library; the analyst types the start of a title instead.
function SourceFilter({ sourceId, onChange }: { sourceId: string | undefined; onChange: (sourceId: string) => void }) {
  const { db } = useServices();
  const id = useId();
  const [typed, setTyped] = useState('');
  const suggestions = useLiveQuery(() => sourcesTitled(db, typed), [db, typed]) ?? [];
  const chosen = useLiveQuery(async () => (sourceId ? ((await db.sources.get(sourceId))?.title ?? sourceId) : ''), [db, sourceId]);
  return (
    <label htmlFor={id}>
      Source
      <input
        id={id}
        type="search"
        list={`${id}-list`}
        placeholder="any"
        value={sourceId && typed === '' ? (chosen ?? '') : typed}
        onChange={(e) => {
          const value = e.target.value;
          const match = suggestions.find((s) => s.title === value);
          setTyped(match ? '' : value);
          if (match) onChange(match.id);
          else if (value === '') onChange('');
        }}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s.id} value={s.title} />
        ))}
      </datalist>
    </label>
  );
}
