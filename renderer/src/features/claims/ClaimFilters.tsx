import { useId } from 'react';
import type { ClaimTableFilters, ClaimTableRow } from '../../../../shared/claims/evidence/claim-table';
import { ClaimStatusSchema, type Source } from '../../../../shared/model';

/** The claims table's filters: status, tag, source, subject and measure, each a labelled menu of what the claims hold. */
export function ClaimFilters({ rows, sources, filters, onChange }: {
  rows: readonly ClaimTableRow[];
  sources: ReadonlyMap<string, Source>;
  filters: ClaimTableFilters;
  onChange: (filters: ClaimTableFilters) => void;
}) {
  const id = useId();
  const tags = unique(rows.flatMap((r) => r.claim.tags));
  const subjects = unique(rows.flatMap((r) => r.subjects));
  const measures = unique(rows.flatMap((r) => r.measures));
  const sourceIds = unique(rows.flatMap((r) => r.sourceIds)).filter((s) => sources.has(s));
  const set = (key: 'status' | 'tag' | 'sourceId' | 'subject' | 'measure', value: string) => {
    const next: ClaimTableFilters = { ...filters };
    if (value === '') delete next[key];
    else if (key === 'status') next.status = ClaimStatusSchema.parse(value);
    else next[key] = value;
    onChange(next);
  };
  const menu = (key: 'tag' | 'sourceId' | 'subject' | 'measure', label: string, options: readonly string[], name: (v: string) => string = (v) => v) => (
    <label htmlFor={`${id}-${key}`}>
      {label}
      <select id={`${id}-${key}`} value={filters[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {name(o)}
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
      {menu('tag', 'Tag', tags)}
      {menu('sourceId', 'Source', sourceIds, (s) => sources.get(s)?.title ?? s)}
      {menu('subject', 'Subject', subjects)}
      {menu('measure', 'Measure', measures)}
    </div>
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
