import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../../shared/anchoring/describe-range';
import { createPassageFinder } from '../../../../../shared/claims/evidence/citation-passage';
import { extractSummaryClaims } from '../../../../../shared/claims/extract-summary-claims';
import { buildBlocks } from '../../../../../shared/ingest/build-blocks';
import { parsePlainText } from '../../../../../shared/ingest/parse-plain-text';
import type { SourceText } from '../../../../../shared/model';
import { readSharedText } from '../../fixture-paths';
import { citationRecord } from './records';

const seed = parsePlainText(readSharedText('fixtures/seed-summary-rare-earths.txt'), 'seed.txt');
const summary: SourceText = { sourceId: 'summary', text: seed.text, blocks: seed.blocks, references: [] };
const drafts = extractSummaryClaims(seed.text, seed.blocks);
const chinaClaim = drafts[4]!;

const paragraphs = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} of the original explains one point in full.`);
const built = buildBlocks(paragraphs.map((text) => ({ kind: 'paragraph' as const, text })));
const original: SourceText = { sourceId: 'original', ...built, references: [{ n: 3, text: 'USGS, Mineral Commodity Summaries 2025.', url: 'https://example.org/usgs' }] };
const find = createPassageFinder(new Map([['summary', summary], ['original', original]]));

describe('createPassageFinder', () => {
  it("shows an unresolved marker as the summary's sentence that carries it, in its paragraph", () => {
    const citation = citationRecord({ id: 'a', claimId: 'c', sourceId: 'summary', locator: { marker: '[8]', markerNumber: 8 } });
    const passage = find(citation, chinaClaim.text);
    expect(passage).toMatchObject({ kind: 'text', where: 'summary', placement: 'marker', sourceId: 'summary', start: chinaClaim.start, end: chinaClaim.end });
    if (passage.kind !== 'text') throw new Error('expected text');
    expect(seed.text.slice(passage.start, passage.end)).toMatch(/^China holds a dominant position.*70% of the world's output \[8\]$/u);
    expect(passage.context).toContain(seed.text.slice(passage.start, passage.end));
    expect(seed.text.slice(passage.contextStart, passage.contextStart + passage.context.length)).toBe(passage.context);
  });

  it('tells a note marker [n 11] from the reference [11] when showing an unresolved marker’s sentence', () => {
    const notes = parsePlainText('Notes\n\nThe census counted religions [11]\n\nPercentages may exceed 100% [n 11]', 'notes.txt');
    const text: SourceText = { sourceId: 'notes', text: notes.text, blocks: notes.blocks, references: [] };
    const findIn = createPassageFinder(new Map([['notes', text]]));
    const passage = findIn(citationRecord({ id: 'n', claimId: 'c', sourceId: 'notes', locator: { marker: '[n 11]', markerNumber: 11 } }), 'unrelated words');
    if (passage.kind !== 'text') throw new Error('expected text');
    expect(notes.text.slice(passage.start, passage.end)).toBe('Percentages may exceed 100% [n 11]');
  });

  it('picks, among sentences carrying the same marker, the one with the claim’s words', () => {
    const refining = drafts[5]!;
    const passage = find(citationRecord({ id: 'a', claimId: 'c', sourceId: 'summary', locator: { marker: '[8]', markerNumber: 8 } }), refining.text);
    expect(passage).toMatchObject({ start: refining.start, end: refining.end });
  });

  it('shows a resolved paragraph citation as the whole paragraph of the original', () => {
    const citation = citationRecord({ id: 'a', claimId: 'c', sourceId: 'summary', resolvedSourceId: 'original', resolved: true, locator: { marker: '[4]', markerNumber: 4, paragraph: 4 } });
    const passage = find(citation, 'anything');
    expect(passage).toMatchObject({ kind: 'text', where: 'original', paragraph: 4, placement: 'paragraph', context: paragraphs[3] });
  });

  it('places a selection by its selectors, and says so when the text moved', () => {
    const at = original.text.indexOf('one point', original.blocks[6]!.start);
    const range = describeRange(original.text, at, at + 'one point'.length, { sourceHash: 'h' });
    const citation = citationRecord({ id: 'a', claimId: 'c', sourceId: 'original', resolved: true, locator: { paragraph: 7, selectors: [range.quote, range.position] } });
    expect(find(citation, 'x')).toMatchObject({ kind: 'text', placement: 'exact', start: at, end: at + 'one point'.length, paragraph: 7 });

    const edited: SourceText = { ...original, text: `Inserted.\n\n${original.text}`, blocks: original.blocks.map((b) => ({ ...b, start: b.start + 11, end: b.end + 11 })) };
    const moved = createPassageFinder(new Map([['original', edited]]))(citation, 'x');
    expect(moved).toMatchObject({ kind: 'text', start: at + 11, paragraph: 7 });
  });

  it('falls back to the paragraph, with the reason, when the quote is gone', () => {
    const citation = citationRecord({
      id: 'a',
      claimId: 'c',
      sourceId: 'original',
      resolved: true,
      locator: { paragraph: 2, selectors: [{ type: 'TextQuoteSelector', exact: 'words that were never in this text at all' }] },
    });
    const passage = find(citation, 'x');
    expect(passage).toMatchObject({ kind: 'text', placement: 'paragraph', paragraph: 2 });
    expect(passage.kind === 'text' && passage.note).toMatch(/Nothing like the quoted passage/u);
  });

  it('shows a reference-list entry, and explains what is missing', () => {
    const toReference = citationRecord({ id: 'a', claimId: 'c', sourceId: 'summary', resolvedSourceId: 'original', resolved: true, locator: { markerNumber: 3, reference: 3 } });
    expect(find(toReference, 'x')).toEqual({ kind: 'reference', sourceId: 'original', n: 3, text: 'USGS, Mineral Commodity Summaries 2025.', url: 'https://example.org/usgs' });
    expect(find({ ...toReference, locator: { reference: 9 } }, 'x')).toMatchObject({ kind: 'missing', reason: 'The reference list has no entry 9.' });
    expect(find({ ...toReference, locator: { paragraph: 99 } }, 'x')).toMatchObject({ kind: 'missing', reason: 'This source has no paragraph 99.' });
    expect(find(citationRecord({ id: 'b', claimId: 'c', sourceId: 'gone', resolved: true, locator: { paragraph: 1 } }), 'x')).toMatchObject({ kind: 'missing', sourceId: 'gone' });
    expect(find(citationRecord({ id: 'b', claimId: 'c', sourceId: 'summary', locator: { markerNumber: 77 } }), 'x')).toMatchObject({ kind: 'missing' });
  });
});
