import type { Citation, Claim, ClaimStatus, Source } from '../model';
import { isOrganisationName } from './source-to-csl';
import { webUrl } from '../ingest/web-url';

/** A schema.org node as Footnote writes it: typed fields, JSON values. */
interface JsonLdNode {
  '@type': string;
  [property: string]: unknown;
}

/** Claims as a schema.org JSON-LD graph of ClaimReview nodes, for fact-checking tools and search engines. */
export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

// A five-point scale, as fact-checkers publishing ClaimReview use it: an unreviewed draft sits in the middle so that
// no tool reads it as either verdict.
const BEST_RATING = 5;
const WORST_RATING = 1;
const RATING_BY_STATUS: Record<ClaimStatus, { ratingValue: number; alternateName: string }> = {
  supported: { ratingValue: 5, alternateName: 'Supported by the cited sources' },
  draft: { ratingValue: 3, alternateName: 'Not yet reviewed' },
  disputed: { ratingValue: 2, alternateName: 'Disputed' },
  retracted: { ratingValue: 1, alternateName: 'Retracted' },
};

/** What the graph is built from: the claims, their citations, and the sources those name. */
export interface ClaimReviewInput {
  claims: readonly Claim[];
  citationsByClaim: ReadonlyMap<string, readonly Citation[]>;
  sources: ReadonlyMap<string, Source>;
  /** Who reviewed the claims (the analyst or their desk); left out when not given. */
  reviewer?: string;
}

/** Builds a ClaimReview for every claim: the claim's text, the sources it appears in, the originals cited, and a rating from its status. */
export function buildClaimReviewJsonLd(input: ClaimReviewInput): ClaimReviewDocument {
  const graph = input.claims.map((claim): JsonLdNode => {
    const citations = input.citationsByClaim.get(claim.id) ?? [];
    const appearance = uniqueSources(citations.map((c) => c.sourceId), input.sources);
    const originals = uniqueSources(
      citations.flatMap((c) => (c.resolved && c.resolvedSourceId && c.resolvedSourceId !== c.sourceId ? [c.resolvedSourceId] : [])),
      input.sources,
    );
    const rating = RATING_BY_STATUS[claim.status];
    const review: JsonLdNode = {
      '@type': 'ClaimReview',
      '@id': `urn:uuid:${claim.id}`,
      claimReviewed: claim.text,
      datePublished: claim.updatedAt.slice(0, 10),
      itemReviewed: { '@type': 'Claim', appearance: appearance.map(creativeWork) },
      reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING, alternateName: rating.alternateName },
    };
    if (originals.length > 0) review['citation'] = originals.map(creativeWork);
    if (input.reviewer) review['author'] = { '@type': 'Person', name: input.reviewer };
    return review;
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}

function uniqueSources(ids: readonly string[], sources: ReadonlyMap<string, Source>): Source[] {
  return [...new Set(ids)].flatMap((id) => {
    const source = sources.get(id);
    return source ? [source] : [];
  });
}

function creativeWork(source: Source): JsonLdNode {
  const work: JsonLdNode = { '@type': 'CreativeWork', name: source.title, inLanguage: source.lang };
  // Only web addresses: a `javascript:` or `data:` URL from an imported file must not reach a page that embeds this.
  const url = webUrl(source.url);
  if (url) work['url'] = url;
  if (source.authors.length > 0) work['author'] = source.authors.map((name) => ({ '@type': isOrganisationName(name) ? 'Organization' : 'Person', name }));
  if (source.publisher) work['publisher'] = { '@type': 'Organization', name: source.publisher };
  if (source.publishedAt) work['datePublished'] = source.publishedAt;
  return work;
}
