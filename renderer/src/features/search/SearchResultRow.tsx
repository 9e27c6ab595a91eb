import { memo, useMemo } from 'react';
import { FileText, Highlighter, ListChecks } from 'lucide-react';
import { makeSnippet, type SnippetPart } from '../../../../shared/search/highlight';
import type { ParsedQuery } from '../../../../shared/search/parse-query';
import type { SearchMeta } from '../../../../shared/search/search-document';
import type { SearchHitDetail } from '../../db/search-details';

const ICONS = { source: FileText, annotation: Highlighter, claim: ListChecks } as const;

/** What a row can do: open its result (at the place the query matches), or narrow the search to one source. */
export interface RowActions {
  open: (hit: SearchMeta, query: ParsedQuery) => void;
  onlySource: (sourceId: string) => void;
  sourceFilter: string | undefined;
}

/**
 * One result in a row of fixed height: its label at once (from the index), then a snippet with the matched words
 * marked once its record is read; opening it goes to the place. Rows take their actions as props, not from the search
 * context, so typing re-renders only the rows of the new answer.
 */
export const SearchResultRow = memo(function SearchResultRow({ hit, detail, query, actions }: { hit: SearchMeta; detail: SearchHitDetail | undefined; query: ParsedQuery; actions: RowActions }) {
  const snippet = useMemo(() => (detail ? makeSnippet(detail.text, query.words, query.cjkRuns) : null), [detail, query]);
  const title = useMemo(() => makeSnippet(hit.label, query.words, query.cjkRuns, hit.label.length).parts, [hit.label, query]);
  const Icon = ICONS[hit.kind];
  return (
    <div className="search-result" data-kind={hit.kind}>
      <button
        type="button"
        className="search-result-open"
        onClick={() => actions.open(hit, query)}
      >
        <span className="search-result-title">
          <Icon size={14} aria-hidden />
          {/* One inline run: the title row is a flex box, whose gap would otherwise split the title at each match. */}
          <span>
            <Highlighted parts={title} />
          </span>
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
      {hit.kind === 'source' && actions.sourceFilter !== hit.id && (
        <button type="button" className="button small" onClick={() => actions.onlySource(hit.id)}>
          Only this source
        </button>
      )}
    </div>
  );
});

function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
