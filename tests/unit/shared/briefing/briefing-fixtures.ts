import type { Briefing, Citation, Claim, Source } from '../../../../shared/model';
import type { BriefingLookup } from '../../../../shared/briefing/briefing-document';
import { extractQuantities } from '../../../../shared/claims/quantities';

// A small workspace for the briefing tests: an English report, a Chinese news clipping (a summary whose [n] markers
// point at an original not yet imported), and an imported reference entry. Add a case by adding a source, a claim
// and its citations here, then naming the claim in a briefing below.

const IMPORTED = { method: 'file' as const, fileName: 'x' };

export const reportSource: Source = {
  id: 'src-usgs',
  title: 'Mineral commodity summaries 2025',
  lang: 'en',
  authors: ['Jane Smith'],
  publisher: 'U.S. Geological Survey',
  publishedAt: '2025-01-31',
  url: 'https://example.org/mcs',
  kind: 'pdf',
  contentHash: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  importedAt: '2025-11-28T09:30:00.000Z',
  importedFrom: IMPORTED,
  tags: [],
};

export const clippingSource: Source = {
  id: 'src-sohu',
  title: '美日稀土协议难破中国“封锁”',
  lang: 'zh',
  authors: [],
  publisher: '搜狐财经',
  publishedAt: '2025-10-30T04:49',
  url: 'https://www.sohu.com/a/1',
  kind: 'clipping',
  contentHash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
  importedAt: '2025-11-27T08:00:00.000Z',
  importedFrom: { method: 'paste' },
  tags: [],
};

export const referenceSource: Source = {
  id: 'src-ref',
  title: 'Rare earth supply chains',
  lang: 'en',
  authors: ['Li Wei'],
  kind: 'reference',
  contentHash: 'ref:77aa',
  importedAt: '2025-11-28T09:30:00.000Z',
  importedFrom: IMPORTED,
  tags: [],
  csl: {
    id: 'whatever',
    type: 'article-journal',
    title: 'Rare earth supply chains',
    author: [{ family: 'Li', given: 'Wei' }],
    'container-title': 'Resources Policy',
    volume: '80',
    page: '101-120',
    issued: { 'date-parts': [[2023, 3]] },
  },
};

function claim(id: string, text: string, order: number, status: Claim['status'] = 'supported'): Claim {
  return { id, text, status, tags: [], note: '', order, quantities: [], createdAt: '2025-11-28T10:00:00.000Z', updatedAt: '2025-11-28T11:00:00.000Z' };
}

export const claims: Claim[] = [
  claim('claim-output', "China mined 270,000 tons in 2024, 70% of the world's output", 0),
  claim('claim-script', 'Export licences <script>alert("x")</script> & quotas tightened', 1, 'disputed'),
  claim('claim-zh', '中国稀土产量占全球的百分之七十', 2),
  claim('claim-ref', 'Refining capacity is concentrated', 3, 'draft'),
];

function citation(id: string, claimId: string, source: Source, fields: Partial<Citation>): Citation {
  return { id, claimId, sourceId: source.id, locator: {}, stance: 'supports', resolved: true, createdAt: '2025-11-28T10:00:00.000Z', ...fields };
}

export const citations: Citation[] = [
  citation('cit-1', 'claim-output', reportSource, {
    resolvedSourceId: reportSource.id,
    locator: { paragraph: 8, selectors: [{ type: 'TextQuoteSelector', exact: 'Mine production was 270,000 tons' }] },
  }),
  citation('cit-2', 'claim-output', clippingSource, { resolved: false, locator: { marker: '[8]', markerNumber: 8 } }),
  citation('cit-3', 'claim-script', reportSource, { resolvedSourceId: reportSource.id, locator: { page: 12 } }),
  citation('cit-4', 'claim-zh', clippingSource, {
    resolvedSourceId: clippingSource.id,
    locator: { paragraph: 3, selectors: [{ type: 'TextQuoteSelector', exact: '占全球产量的70%' }] },
  }),
  citation('cit-5', 'claim-ref', referenceSource, { resolvedSourceId: referenceSource.id, locator: { page: 104 } }),
  citation('cit-6', 'claim-ref', reportSource, { resolvedSourceId: reportSource.id, locator: { paragraph: 8 } }),
];

export const sources: Source[] = [reportSource, clippingSource, referenceSource];

/** The lookup the builder reads, over the given records. */
export function lookupOf(claimList: readonly Claim[] = claims, citationList: readonly Citation[] = citations, sourceList: readonly Source[] = sources): BriefingLookup {
  const byClaim = new Map<string, Citation[]>();
  for (const c of citationList) byClaim.set(c.claimId, [...(byClaim.get(c.claimId) ?? []), c]);
  return { claims: new Map(claimList.map((c) => [c.id, c])), citationsByClaim: byClaim, sources: new Map(sourceList.map((s) => [s.id, s])) };
}

/** A briefing naming the given claims in one section, with a prose paragraph first. */
export function briefingOf(claimIds: readonly string[], fields: Partial<Briefing> = {}): Briefing {
  return {
    id: 'briefing-1',
    title: 'Rare earths: supply & policy',
    audience: 'Desk',
    summary: 'Where supply stands.',
    citationStyle: 'footnote-notes',
    sections: [
      { id: 'sec-1', heading: 'Supply', items: [{ kind: 'prose', id: 'p-1', text: 'Context first.' }, ...claimIds.map((claimId, i) => ({ kind: 'claim' as const, id: `item-${i}`, claimId }))] },
    ],
    createdAt: '2025-11-28T10:00:00.000Z',
    updatedAt: '2025-11-28T10:00:00.000Z',
    ...fields,
  };
}

// A disputed pair for the cross-format tests: an English news item that gives China's share as 60% and contradicts
// a claim of 70% resting on the report; the claim also cites the imported reference for context.
export const newsSource: Source = {
  id: 'src-reuters',
  title: 'China tightens grip on rare earth refining',
  lang: 'en',
  authors: ['Eric Onstad'],
  publisher: 'Reuters',
  publishedAt: '2025-11-02T08:15',
  url: 'https://www.reuters.com/markets/commodities/rare-earths-2025-11-02/',
  kind: 'html',
  contentHash: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00',
  importedAt: '2025-11-29T07:45:00.000Z',
  importedFrom: IMPORTED,
  tags: [],
};

const SHARE_70 = "China's share of world rare earth output was 70% in 2024";
const SHARE_60 = "China's share of world rare earth output was 60% in 2024";

/** Claims whose figures disagree, with the quantities the app would have extracted from their text. */
export const disputedClaims: Claim[] = [
  { ...claim('claim-disputed', SHARE_70, 4), quantities: extractQuantities(SHARE_70) },
  { ...claim('claim-news', SHARE_60, 5), quantities: extractQuantities(SHARE_60) },
];

export const disputedCitations: Citation[] = [
  citation('cit-7', 'claim-disputed', reportSource, { resolvedSourceId: reportSource.id, locator: { paragraph: 8 } }),
  citation('cit-8', 'claim-disputed', newsSource, { resolvedSourceId: newsSource.id, stance: 'contradicts', locator: { paragraph: 4 } }),
  citation('cit-9', 'claim-disputed', referenceSource, { resolvedSourceId: referenceSource.id, stance: 'context', locator: { page: 110 } }),
  citation('cit-10', 'claim-news', newsSource, { resolvedSourceId: newsSource.id, locator: { paragraph: 4 } }),
];
