import { useLiveQuery } from 'dexie-react-hooks';
import { FileText, Highlighter, ListChecks } from 'lucide-react';
import { makeSnippet, type SnippetPart } from '../../../../shared/search/highlight';
import type { ParsedQuery } from '../../../../shared/search/parse-query';
import type { SearchMeta } from '../../../../shared/search/search-document';
import { useServices } from '../../app/services';
import { navigate, type Route } from '../../app/route';
import { readSearchHitDetail } from '../../db/search-details';
import { useSearch } from './SearchProvider';

const ICONS = { source: FileText, annotation: Highlighter, claim: ListChecks } as const;

/** One result: its label at once (from the index), then a snippet with the matched words marked; opening it goes to the place. */
export function SearchResultRow({ hit, query }: { hit: SearchMeta; query: ParsedQuery }) {
  const { db } = useServices();
  const { setPanelOpen, setFilters, filters } = useSearch();
  const detail = useLiveQuery(() => readSearchHitDetail(db, hit.kind, hit.id), [db, hit.kind, hit.id]);
  const snippet = detail ? makeSnippet(detail.text, query.words, query.cjkRuns) : null;
  const Icon = ICONS[hit.kind];
  const target = (): Route => {
    if (hit.kind === 'claim') return { view: 'claims', claimId: hit.id };
    const sourceId = detail?.sourceId ?? hit.sourceIds[0] ?? '';
    const at = hit.kind === 'annotation' ? detail?.at : snippet?.firstMatch;
    return at ? { view: 'library', sourceId, at } : { view: 'library', sourceId };
  };
  return (
    <div className="search-result" data-kind={hit.kind}>
      <button
        type="button"
        className="search-result-open"
        onClick={() => {
          navigate(target());
          setPanelOpen(false);
        }}
      >
        <span className="search-result-title">
          <Icon size={14} aria-hidden /> <Highlighted parts={makeSnippet(hit.label, query.words, query.cjkRuns, hit.label.length).parts} />
        </span>
        <span className="search-result-snippet">
          {snippet && <Highlighted parts={snippet.parts} />}
        </span>
        <span className="search-result-meta">
          {hit.date?.slice(0, 10)}
          {hit.status ? ` · ${hit.status}` : ''}
          {hit.tags.length > 0 ? ` · ${hit.tags.join(', ')}` : ''}
        </span>
      </button>
      {hit.kind === 'source' && filters.sourceId !== hit.id && (
        <button type="button" className="button small" onClick={() => setFilters({ ...filters, sourceId: hit.id })}>
          Only this source
        </button>
      )}
    </div>
  );
}

function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
