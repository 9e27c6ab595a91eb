import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSummaryClaims } from '../../../../shared/claims/extract-summary-claims';
import { sentenceSpans, suggestClaims, withoutMarkers } from '../../../../shared/claims/suggest-claims';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';
import { parsePlainText } from '../../../../shared/ingest/parse-plain-text';
import { readSharedText } from '../fixture-paths';

// A real news page as plain text: Readability's expected article body for the Washington Post test page, tags
// stripped, one paragraph per <p>.
function articleText(page: string): string {
  const html = readSharedText(`corpus/readability/${page}/expected.html`);
  return [...html.matchAll(/<p[\s>][\s\S]*?<\/p>/gu)]
    .map((m) => m[0].replace(/<[^>]+>/gu, '').replace(/&amp;/gu, '&').replace(/&#?\w+;/gu, ' ').replace(/\s+/gu, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

describe('suggestClaims', () => {
  it('offers the sentences of a news article that carry figures, and no others', () => {
    const doc = parsePlainText(articleText('wapo-1'), 'wapo-1');
    const suggestions = suggestClaims(doc.text, doc.blocks);
    expect(suggestions.map((s) => s.quantities.map((q) => q.text))).toEqual([['about 11 million'], ['15 percent', '2013']]);
    expect(suggestions[0]?.text).toBe('Tunisia, a mostly Muslim nation of about 11 million people, was governed for decades by autocrats who imposed secularism.');
    for (const s of suggestions) {
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.reasons).toEqual(['quantity']);
      expect(s.paragraph).toBeGreaterThan(0);
    }
  });

  it("offers every claim sentence of the seed summary, and none once they are claims", () => {
    const doc = parsePlainText(readSharedText('fixtures/seed-summary-rare-earths.txt'), 'seed.txt');
    const drafts = extractSummaryClaims(doc.text, doc.blocks);
    const all = suggestClaims(doc.text, doc.blocks);
    expect(all.map((s) => s.text.replace(/\.$/u, ''))).toEqual(drafts.map((d) => d.text));
    const china = all.find((s) => s.text.startsWith('China holds'));
    expect(china).toMatchObject({ markers: [8], reasons: ['quantity', 'marker'], section: "Group 2: China's Dominance" });
    expect(suggestClaims(doc.text, doc.blocks, { ranges: [], texts: drafts.map((d) => d.text) })).toEqual([]);
  });

  it('skips sentences a citation already quotes, and sentences an existing claim says in other case or with markers', () => {
    const text = 'China produces 70% of world output. The US produces 12% of world output [4].';
    const { blocks } = buildBlocks([{ kind: 'paragraph', text }]);
    expect(suggestClaims(text, blocks).map((s) => s.text)).toEqual(['China produces 70% of world output.', 'The US produces 12% of world output.']);
    expect(suggestClaims(text, blocks, { ranges: [{ start: 3, end: 10 }], texts: [] }).map((s) => s.markers)).toEqual([[4]]);
    expect(suggestClaims(text, blocks, { ranges: [], texts: ['the us produces 12% of WORLD output'] }).map((s) => s.markers)).toEqual([[]]);
  });

  it('gives a marker written after the full stop to the sentence before it', () => {
    const text = 'Output rose 5% in 2024.[3][4] Prices fell by a third over the year.';
    const spans = sentenceSpans(text, { start: 0, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Output rose 5% in 2024.[3][4]', 'Prices fell by a third over the year.']);
    const { blocks } = buildBlocks([{ kind: 'paragraph', text }]);
    expect(suggestClaims(text, blocks)[0]).toMatchObject({ text: 'Output rose 5% in 2024.', markers: [3, 4] });
  });

  it('passes over bare spans of time, headings, tables and short fragments', () => {
    const { text, blocks } = buildBlocks([
      { kind: 'heading', text: 'Output rose 5% in 2024' },
      { kind: 'paragraph', text: 'Four years ago the president seemed a spent force in the capital.' },
      { kind: 'table', text: 'China\t70%\nUS\t12%' },
      { kind: 'paragraph', text: 'See 5% [2].' },
      { kind: 'paragraph', text: 'A deal is expected within six months of signing.' },
    ]);
    expect(suggestClaims(text, blocks).map((s) => s.text)).toEqual(['A deal is expected within six months of signing.']);
  });

  it('strips markers from a claim’s text without leaving stray spaces', () => {
    expect(withoutMarkers('China leads [8], ahead of Australia [2][15] .')).toBe('China leads, ahead of Australia.');
  });

  it('never throws, and returns ordered, non-overlapping sentences inside the text (property)', () => {
    const piece = fc.constantFrom('China produces 70% of output', ' [8]', '. ', '\n', 'over 90%', '。', '中国产量占全球70%', ' within six months', '[2-4]', 'x');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), { maxLength: 5 }), (paragraphs) => {
        const { text, blocks } = buildBlocks(paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })));
        const suggestions = suggestClaims(text, blocks);
        let last = 0;
        for (const s of suggestions) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.reasons.length).toBeGreaterThan(0);
          last = s.end;
        }
      }),
    );
  });
});
