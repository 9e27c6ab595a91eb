import { findQuoteSelector } from '../../anchoring/selectors';
import type { Citation } from '../../model';

/**
 * What makes two citations the same evidence: the source recorded in and resolved to, the marker, paragraph or
 * reference entry, the quoted words, and the stance. Stance is part of it because one passage cited as support by
 * one claim and as context by its duplicate are two judgements, and merging must not drop either.
 */
export function citationKey(citation: Citation): string {
  const { locator } = citation;
  const quote = locator.selectors ? findQuoteSelector(locator.selectors)?.exact : undefined;
  return JSON.stringify([
    citation.sourceId,
    citation.resolvedSourceId ?? null,
    locator.markerNumber ?? null,
    locator.paragraph ?? null,
    locator.reference ?? null,
    quote ?? null,
    citation.stance,
  ]);
}

/** Where a citation points, stance aside: the source and the place in it (for checks that nothing was lost). */
export function citationPlaceKey(citation: Citation): string {
  return JSON.stringify([citation.sourceId, citation.resolvedSourceId ?? null, citation.locator]);
}

/** The source a citation points at: the original it resolved to, else the source it was recorded in. */
export function citedSourceId(citation: Citation): string {
  return citation.resolvedSourceId ?? citation.sourceId;
}
