import { describe, expect, it } from 'vitest';
import { buildClaimReviewJsonLd } from '../../../../shared/briefing/claim-review-jsonld';
import { claims, lookupOf } from './briefing-fixtures';

describe('buildClaimReviewJsonLd', () => {
  const lookup = lookupOf();
  const doc = buildClaimReviewJsonLd({ claims, citationsByClaim: lookup.citationsByClaim, sources: lookup.sources, reviewer: 'Desk analyst' });
  const review = (id: string) => doc['@graph'].find((n) => n['@id'] === `urn:uuid:${id}`);

  it('is a schema.org graph with one ClaimReview per claim', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph'].map((n) => n['@type'])).toEqual(['ClaimReview', 'ClaimReview', 'ClaimReview', 'ClaimReview']);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('reviews the claim as written, with the sources it appears in as creative works', () => {
    expect(review('claim-output')).toMatchObject({
      claimReviewed: "China mined 270,000 tons in 2024, 70% of the world's output",
      datePublished: '2025-11-28',
      author: { '@type': 'Person', name: 'Desk analyst' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: [
          {
            '@type': 'CreativeWork',
            name: 'Mineral commodity summaries 2025',
            url: 'https://example.org/mcs',
            author: [{ '@type': 'Person', name: 'Jane Smith' }],
            publisher: { '@type': 'Organization', name: 'U.S. Geological Survey' },
            datePublished: '2025-01-31',
          },
          { '@type': 'CreativeWork', name: '美日稀土协议难破中国“封锁”', inLanguage: 'zh' },
        ],
      },
    });
  });

  it('rates each claim from its status on a one-to-five scale', () => {
    const rating = (id: string) => review(id)?.['reviewRating'];
    expect(rating('claim-output')).toEqual({ '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Supported by the cited sources' });
    expect(rating('claim-script')).toMatchObject({ ratingValue: 2, alternateName: 'Disputed' });
    expect(rating('claim-ref')).toMatchObject({ ratingValue: 3, alternateName: 'Not yet reviewed' });
  });
});
