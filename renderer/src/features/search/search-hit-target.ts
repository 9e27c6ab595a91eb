import { makeSnippet } from '../../../../shared/search/highlight';
import type { ParsedQuery } from '../../../../shared/search/parse-query';
import type { SearchMeta } from '../../../../shared/search/search-document';
import type { Route } from '../../app/route';
import type { SearchHitDetail } from '../../db/search-details';

/**
 * Where opening a result goes: a claim's evidence; an annotation's own range in its source; a source at the first
 * place its text matches the query. `detail` must be the record as it is now (read at the click, not the row's copy,
 * which may predate the latest change): without it, the source opens at its start rather than at a stale place.
 */
export function searchHitTarget(hit: SearchMeta, detail: SearchHitDetail | undefined, query: ParsedQuery): Route {
  if (hit.kind === 'claim') return { view: 'claims', claimId: hit.id };
  const sourceId = detail?.sourceId ?? hit.sourceIds[0] ?? '';
  const at = hit.kind === 'annotation' ? detail?.at : detail ? makeSnippet(detail.text, query.words, query.cjkRuns).firstMatch : undefined;
  return at ? { view: 'library', sourceId, at } : { view: 'library', sourceId };
}
