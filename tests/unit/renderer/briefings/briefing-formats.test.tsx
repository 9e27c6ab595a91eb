import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BriefingPreview } from '../../../../renderer/src/features/briefings/BriefingPreview';
import { renderDocx } from '../../../../renderer/src/features/briefings/export/render-docx';
import { buildBriefingDocument } from '../../../../shared/briefing/briefing-document';
import type { BriefingLang } from '../../../../shared/briefing/briefing-lang';
import { CITATION_STYLES } from '../../../../shared/briefing/citation-style-catalog';
import { cslFormatter } from '../../../../shared/briefing/citation-styles';
import { figureDisputesByClaim } from '../../../../shared/briefing/claim-dispute';
import { renderHtml } from '../../../../shared/briefing/render-html';
import { renderMarkdown } from '../../../../shared/briefing/render-markdown';
import { crossCheckInput } from '../../../../shared/claims/evidence/cross-check-input';
import { findQuantityConflicts } from '../../../../shared/claims/quantities';
import type { Briefing, Citation } from '../../../../shared/model';
import { citations, claims, disputedCitations, disputedClaims, lookupOf, newsSource, sources } from '../../shared/briefing/briefing-fixtures';
import { expectedReading, readDocx, readHtml, readMarkdown, readPreview } from './read-briefing-exports';

// One briefing, rendered in every format and every style, read back by each format's own parser: every format must
// show the same note numbers after the same claims, the same note texts, in the same order. The briefing has several
// claims citing the same sources again, a contradicting and a context citation, a marker whose original was never
// imported, figures that conflict, and English and Chinese sources.

const allClaims = [...claims, ...disputedClaims];
const allCitations: Citation[] = [...citations, ...disputedCitations];
const lookup = lookupOf(allClaims, allCitations, [...sources, newsSource]);
const byClaim = new Map<string, Citation[]>();
for (const c of allCitations) byClaim.set(c.claimId, [...(byClaim.get(c.claimId) ?? []), c]);
const sourceById = new Map([...sources, newsSource].map((s) => [s.id, s]));
// The conflicts as the evidence queries report them: each side's claim with the sources it rests on.
const figureDisputes = figureDisputesByClaim(
  findQuantityConflicts(crossCheckInput(allClaims, byClaim)).map((c) => ({
    a: { claim: allClaims.find((k) => k.id === c.a.claimId)!, sources: c.a.sourceIds.flatMap((id) => sourceById.get(id) ?? []), quantityIndex: c.a.quantityIndex },
    b: { claim: allClaims.find((k) => k.id === c.b.claimId)!, sources: c.b.sourceIds.flatMap((id) => sourceById.get(id) ?? []), quantityIndex: c.b.quantityIndex },
  })),
);

function briefing(lang: BriefingLang, style: string): Briefing {
  const item = (claimId: string, i: number) => ({ kind: 'claim' as const, id: `item-${claimId}-${i}`, claimId });
  const zh = lang === 'zh-CN';
  return {
    id: 'b-formats',
    title: zh ? '稀土：供应与争议' : 'Rare earths: supply and disputes',
    audience: zh ? '外交组' : 'Desk',
    summary: zh ? '中国的份额及其依据。' : "China's share and what it rests on.",
    citationStyle: style,
    lang,
    sections: [
      { id: 's1', heading: zh ? '供应' : 'Supply', items: ['claim-output', 'claim-zh', 'claim-disputed'].map(item) },
      { id: 's2', heading: zh ? '政策' : 'Policy', items: [{ kind: 'prose', id: 'p1', text: zh ? '背景。' : 'Background.' }, ...['claim-script', 'claim-ref', 'claim-news', 'claim-output'].map(item)] },
    ],
    createdAt: '2025-11-28T10:00:00.000Z',
    updatedAt: '2025-11-28T10:00:00.000Z',
  };
}

describe('every format shows the same notes', () => {
  for (const lang of ['en-US', 'zh-CN'] as const) {
    for (const { id: style } of CITATION_STYLES) {
      it(`${style}, ${lang}: preview, Markdown, HTML (the print view) and DOCX agree`, async () => {
        const doc = buildBriefingDocument(briefing(lang, style), lookup, '2025-11-30', { formatter: cslFormatter, figureDisputes, footnoteContent: { quote: true } });
        const expected = expectedReading(doc);
        // The briefing is what it claims to be: a contradicting source, a figure conflict, and a repeat of a source.
        expect(doc.style).toBe(style);
        expect(expected.claims).toHaveLength(7);
        expect(expected.claims.filter((c) => c.dispute !== '')).toHaveLength(2);

        expect(readPreview(renderToStaticMarkup(<BriefingPreview doc={doc} />))).toEqual(expected);
        expect(readMarkdown(renderMarkdown(doc))).toEqual(expected);
        expect(readHtml(renderHtml(doc))).toEqual(expected);
        expect(readDocx(await renderDocx(doc), doc.notesHeading)).toEqual(expected);
      });
    }
  }

  it('numbers GB/T 7714 by source: one number per source, the text cites it, the list holds each source once', () => {
    const doc = buildBriefingDocument(briefing('zh-CN', 'gb7714'), lookup, '2025-11-30', { formatter: cslFormatter, figureDisputes });
    const cited = expectedReading(doc).claims.map((c) => c.notes);
    // claim-output cites the report and the summary; claim-output again at the end gets the same two numbers.
    expect(cited[0]).toEqual([1, 2]);
    expect(cited[cited.length - 1]).toEqual([1, 2]);
    expect(doc.footnotes.map((f) => f.n)).toEqual([1, 2, 3, 4]);
    expect(new Set(doc.footnotes.map((f) => f.text)).size).toBe(doc.footnotes.length);
    expect(doc.footnotes[2]?.text).toMatch(/^ONSTAD E\. China tightens grip on rare earth refining\[N\/OL\]\. Reuters, 2025-11-02\[2025-11-29\]/i);
  });

  it('states the stance in the note and the dispute in the text, in the briefing’s language', () => {
    const en = buildBriefingDocument(briefing('en-US', 'chicago-notes'), lookup, '2025-11-30', { formatter: cslFormatter, figureDisputes });
    const zh = buildBriefingDocument(briefing('zh-CN', 'gb7714'), lookup, '2025-11-30', { formatter: cslFormatter, figureDisputes });
    const disputed = (doc: typeof en) => doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'claim' && b.claimId === 'claim-disputed');
    const enClaim = disputed(en);
    const contra = en.footnotes.find((f) => f.citationIds.includes('cit-8'));
    expect(contra?.text).toMatch(/^Contra: Eric Onstad, “China Tightens Grip on Rare Earth Refining,”/);
    expect(en.footnotes.find((f) => f.citationIds.includes('cit-9'))?.text).toMatch(/^See also: /);
    expect(enClaim?.kind === 'claim' && enClaim.dispute).toBe(`[Disputed: contradicted by note ${contra?.n}; 70% here, 60% in “China tightens grip on rare earth refining”]`);
    const zhClaim = disputed(zh);
    expect(zhClaim?.kind === 'claim' && zhClaim.dispute).toBe('【有争议：文献[3]与此相反；此处为70%，《China tightens grip on rare earth refining》为60%】');
    expect(zh.footnotes[2]?.text).toContain('本简报引用：反对：第 4 段；第 4 段。');
    const zhNotes = buildBriefingDocument(briefing('zh-CN', 'footnote-notes'), lookup, '2025-11-30', { figureDisputes });
    const zhDisputed = disputed(zhNotes);
    expect(zhDisputed?.kind === 'claim' && zhDisputed.dispute).toBe('【有争议：注5与此相反；此处为70%，《China tightens grip on rare earth refining》为60%】');
    expect(zhNotes.footnotes[4]?.text).toMatch(/^反对：China tightens grip/);
    expect(zhNotes.footnotes[5]?.text).toMatch(/^参见：Rare earth supply chains/);
    expect(zhNotes.footnotes[1]?.text).toBe('转引自《美日稀土协议难破中国“封锁”》，搜狐财经，2025-10-30 04:49，标注[8]。');
  });
});
