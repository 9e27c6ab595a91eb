import { it } from 'vitest';
import { renderDocx } from '../../../renderer/src/features/briefings/export/render-docx';
import { buildBriefingDocument, type BriefingLookup } from '../../../shared/briefing/briefing-document';
import { cslFormatter } from '../../../shared/briefing/citation-styles';
import { renderHtml } from '../../../shared/briefing/render-html';
import { renderMarkdown } from '../../../shared/briefing/render-markdown';
import type { Briefing, Citation, Claim, Source } from '../../../shared/model';
import { fmt, median } from '../support/stats';

// The size the issue names: a 500-claim briefing with 1,500 citations over about 50 sources, in 10 sections.
const CLAIMS = 500;
const CITATIONS_PER_CLAIM = 3;
const SOURCES = 50;
const SECTIONS = 10;
const RUNS = 5;
const DATE = '2025-11-28';
// Chicago notes is the heaviest path: every citation is its own note, with Ibid. and short forms worked out.
const EXPORT_STYLE = 'chicago-notes';
const FOOTNOTE_CONTENT = { quote: true, location: true, captureDate: true, versionHash: true };

function workspace(): { briefing: Briefing; lookup: BriefingLookup } {
  const sources: Source[] = Array.from({ length: SOURCES }, (_, i) => ({
    id: `src-${i}`,
    title: i % 5 === 0 ? `稀土出口管制报告 第${i}号` : `Rare earth market report ${i}`,
    lang: i % 5 === 0 ? 'zh' : 'en',
    authors: i % 3 === 0 ? [] : [`Author${i} Writer`],
    publisher: `Publisher ${i % 7}`,
    publishedAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
    url: `https://example.org/report/${i}`,
    kind: i % 2 === 0 ? 'pdf' : 'html',
    contentHash: i.toString(16).padStart(64, '0'),
    importedAt: '2025-11-20T10:00:00.000Z',
    importedFrom: { method: 'file' },
    tags: [],
  }));
  const claims: Claim[] = [];
  const citationsByClaim = new Map<string, Citation[]>();
  for (let c = 0; c < CLAIMS; c++) {
    const id = `claim-${c}`;
    claims.push({ id, text: `Claim ${c}: output rose ${c % 90}% in ${2000 + (c % 25)} <per the sources> & more`, status: 'supported', tags: [], note: '', order: c, quantities: [], createdAt: DATE, updatedAt: DATE });
    citationsByClaim.set(
      id,
      Array.from({ length: CITATIONS_PER_CLAIM }, (_, k) => {
        const source = sources[(c * CITATIONS_PER_CLAIM + k) % SOURCES] as Source;
        return {
          id: `cit-${c}-${k}`,
          claimId: id,
          sourceId: source.id,
          resolvedSourceId: source.id,
          locator: { paragraph: ((c + k) % 40) + 1, selectors: [{ type: 'TextQuoteSelector' as const, exact: `Passage ${c}.${k} that backs the claim` }] },
          stance: 'supports' as const,
          resolved: true,
          createdAt: DATE,
        };
      }),
    );
  }
  const perSection = CLAIMS / SECTIONS;
  const briefing: Briefing = {
    id: 'bench',
    title: 'Rare earths: the year in review',
    audience: 'Desk',
    summary: 'Supply, prices and policy.',
    citationStyle: EXPORT_STYLE,
    sections: Array.from({ length: SECTIONS }, (_, s) => ({
      id: `sec-${s}`,
      heading: `Section ${s + 1}`,
      items: [
        { kind: 'prose' as const, id: `p-${s}`, text: `Why section ${s + 1} matters.` },
        ...claims.slice(s * perSection, (s + 1) * perSection).map((claim) => ({ kind: 'claim' as const, id: `i-${claim.id}`, claimId: claim.id })),
      ],
    })),
    createdAt: DATE,
    updatedAt: DATE,
  };
  return { briefing, lookup: { claims: new Map(claims.map((c) => [c.id, c])), citationsByClaim, sources: new Map(sources.map((s) => [s.id, s])) } };
}

async function timeRuns(run: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

it('exports a 500-claim briefing with 1,500 citations', async () => {
  const { briefing, lookup } = workspace();
  const build = (style: string) => buildBriefingDocument(briefing, lookup, DATE, { style, formatter: cslFormatter, footnoteContent: FOOTNOTE_CONTENT });
  const doc = build(EXPORT_STYLE);
  console.log(`briefing: ${CLAIMS} claims, ${CLAIMS * CITATIONS_PER_CLAIM} citations, ${SOURCES} sources, ${doc.footnotes.length} footnotes (${EXPORT_STYLE})`);
  for (const style of ['footnote-notes', 'apa', 'chicago-notes', 'gb7714']) {
    console.log(`build document ${style} median ${fmt(median(await timeRuns(() => build(style))))} ms`);
  }
  // Each export is the whole path from records to file: lay out with the style, then render.
  console.log(`export markdown median ${fmt(median(await timeRuns(() => renderMarkdown(build(EXPORT_STYLE)))))} ms`);
  console.log(`export html median ${fmt(median(await timeRuns(() => renderHtml(build(EXPORT_STYLE)))))} ms`);
  const sizes: number[] = [];
  console.log(`export docx median ${fmt(median(await timeRuns(async () => sizes.push((await renderDocx(build(EXPORT_STYLE))).byteLength))))} ms`);
  console.log(`docx size ${fmt((sizes[0] ?? 0) / 1024, 0)} KiB`);
});
