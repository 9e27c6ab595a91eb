import type { Citation, Source } from '../../model';
import { citedSourceId } from '../edit/citation-identity';
import { firstVersionId } from './claim-flags';

/**
 * What one citation points at, as the "Sources" count tells sources apart: the cited source (its versions as one), or,
 * for a marker that names an entry of a reference list, that entry. A summary's `[2][15]` points at two works even
 * while both markers are unresolved and recorded in the one summary, so they count as two.
 */
function pointedAt(citation: Citation, sources: ReadonlyMap<string, Source>): string {
  const source = firstVersionId(citedSourceId(citation), sources);
  const { reference, markerNumber } = citation.locator;
  if (reference !== undefined) return `${source}\u0001ref:${reference}`;
  if (citation.resolvedSourceId === undefined && markerNumber !== undefined) return `${source}\u0001marker:${markerNumber}`;
  return source;
}

/** How many distinct sources a claim's citations point at, whatever their stance; versions of one document count once. */
export function citedSourceCount(citations: readonly Citation[], sources: ReadonlyMap<string, Source>): number {
  return new Set(citations.map((c) => pointedAt(c, sources))).size;
}
