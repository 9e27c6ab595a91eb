import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../../renderer/src/db/import-source';
import { linkSummaryToOriginal, unlinkOriginal } from '../../../../../renderer/src/db/link-original';
import { loadClaimEvidence } from '../../../../../renderer/src/db/evidence';
import { parseHtmlPage } from '../../../../../renderer/src/workers/parsers/parse-html';
import { ingestPastedText } from '../../../../../shared/ingest/ingest-file';
import { SHARED_DIR } from '../../../shared/fixture-paths';
import { comparable, pageNotes } from '../../../shared/page-notes';
import { freshDatabase } from '../test-database';
import { importOriginal, importSeedWithQuantities, numberedParagraphs } from './claims-fixtures';

describe('linkSummaryToOriginal', () => {
  it('resolves every marker of the seed against an original with paragraphs 1..15, showing the quoted paragraph', async () => {
    const db = freshDatabase();
    const { summaryId, claims } = await importSeedWithQuantities(db);
    const originalId = await importOriginal(db, numberedParagraphs(15), { heading: 'The article' });
    const outcome = await linkSummaryToOriginal(db, summaryId, originalId);
    expect(outcome.reading).toBe('paragraph');
    expect(outcome.unresolved).toEqual([]);
    expect(outcome.resolved.map((r) => r.paragraph).sort((a, b) => a! - b!)).toEqual([2, 2, 4, 4, 4, 6, 8, 8, 11, 13, 15, 15]);
    expect((await db.sources.get(summaryId))?.originalSourceId).toBe(originalId);

    const citations = await db.citations.toArray();
    expect(citations.every((c) => c.resolved && c.resolvedSourceId === originalId && c.sourceId === summaryId)).toBe(true);
    const eight = citations.find((c) => c.claimId === claims[4]!.id)!;
    expect(eight.locator).toMatchObject({ marker: '[8]', markerNumber: 8, paragraph: 8 });
    expect(eight.locator.selectors?.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);

    const evidence = await loadClaimEvidence(db, claims[4]!.id);
    expect(evidence?.flags).toMatchObject({ unsupported: false, summaryOnly: false, singleSource: true });
    expect(evidence?.citations.supports[0]?.passage).toMatchObject({
      kind: 'text',
      where: 'original',
      paragraph: 8,
      context: 'This is paragraph 8 of the original article, in full.',
      placement: 'exact',
    });
    expect(evidence?.citations.supports[0]?.cited?.id).toBe(originalId);
  });

  it('leaves markers past the end of the original unresolved and lists them', async () => {
    const db = freshDatabase();
    const { summaryId, claims } = await importSeedWithQuantities(db);
    const originalId = await importOriginal(db, numberedParagraphs(10));
    const outcome = await linkSummaryToOriginal(db, summaryId, originalId);
    expect(outcome.resolved).toHaveLength(8);
    expect(outcome.unresolved.map((u) => [u.marker, u.markerNumber]).sort()).toEqual([['[11]', 11], ['[13]', 13], ['[15]', 15], ['[15]', 15]]);
    expect(outcome.unresolved.map((u) => u.reason)).toContain('the original has no paragraph 11');
    expect(outcome.ambiguous).toEqual([]);
    const japan = claims[8]!;
    expect(outcome.unresolved.map((u) => u.claimId)).toContain(japan.id);
    const [unresolved] = await db.citations.where('claimId').equals(japan.id).toArray();
    expect(unresolved).toMatchObject({ resolved: false, locator: { marker: '[11]', markerNumber: 11 }, unresolvedReason: 'the original has no paragraph 11' });
    expect(unresolved?.resolvedSourceId).toBeUndefined();
    const evidence = await loadClaimEvidence(db, japan.id);
    expect(evidence?.flags).toMatchObject({ unsupported: true, summaryOnly: true });
    expect(evidence?.citations.supports[0]?.passage).toMatchObject({ kind: 'text', where: 'summary', placement: 'marker' });
  });

  it('re-resolves on linking again, and unlinking puts every citation back as the summary wrote it', async () => {
    const db = freshDatabase();
    const { summaryId } = await importSeedWithQuantities(db);
    const asImported = await db.citations.toArray();
    const longer = await importOriginal(db, numberedParagraphs(15));
    const shorter = await importOriginal(db, numberedParagraphs(5));
    await linkSummaryToOriginal(db, summaryId, longer);
    const relinked = await linkSummaryToOriginal(db, summaryId, shorter);
    expect(relinked.resolved.map((r) => r.markerNumber).sort((a, b) => a - b)).toEqual([2, 2, 4, 4, 4]);
    expect((await db.citations.toArray()).filter((c) => c.resolvedSourceId === longer)).toEqual([]);
    expect(await unlinkOriginal(db, summaryId)).toBe(5);
    expect(await db.citations.toArray()).toEqual(expect.arrayContaining(asImported));
    expect((await db.sources.get(summaryId))?.originalSourceId).toBeUndefined();
    const history = await db.history.where('[entity+entityId]').equals(['source', summaryId]).toArray();
    expect(history.map((h) => h.op)).toEqual(['import', 'update', 'update', 'update']);
  });

  it('reads markers as reference entries when the original cites its own reference list (Wikipedia), unless told otherwise', async () => {
    const db = freshDatabase();
    const { summaryId } = await importSeedWithQuantities(db);
    const page = parseHtmlPage(readFileSync(resolve(SHARED_DIR, 'corpus/readability/wikipedia-3/source.html'), 'utf8'), 'wikipedia-3');
    if (!page.ok) throw new Error(page.error);
    const { sourceId: originalId } = await importDocument(db, { doc: page.doc, origin: { method: 'file', fileName: 'source.html' } });
    const outcome = await linkSummaryToOriginal(db, summaryId, originalId);
    expect(outcome.reading).toBe('reference');
    const entries = page.doc.references.map((r) => r.n);
    expect(outcome.resolved.every((r) => r.reference !== undefined && entries.includes(r.reference))).toBe(true);
    expect(outcome.resolved.length + outcome.unresolved.length).toBe(12);
    // Hermitian matrix shows [1]..[5]: the seed's [6]..[15] are markers the original does not have.
    expect(outcome.unresolved.every((u) => u.reason === `the original has no marker [${u.markerNumber}]`)).toBe(true);
    const resolved = (await db.citations.toArray()).find((c) => c.locator.reference === 2);
    expect(resolved?.locator).toEqual({ marker: expect.any(String), markerNumber: 2, reference: 2 });

    const byParagraph = await linkSummaryToOriginal(db, summaryId, originalId, { reading: 'paragraph' });
    expect(byParagraph.reading).toBe('paragraph');
    expect(byParagraph.resolved).toHaveLength(12);
  });

  it('resolves a summary of New Zealand against the list whose markers read [n]: [17] is King 2003, p. 41; [n 11] is the note, never [11]', async () => {
    const db = freshDatabase();
    const html = readFileSync(resolve(SHARED_DIR, 'corpus/readability/wikipedia-2/source.html'), 'utf8');
    const truth = pageNotes(html);
    const page = parseHtmlPage(html, 'wikipedia-2');
    if (!page.ok) throw new Error(page.error);
    const { sourceId: originalId } = await importDocument(db, { doc: page.doc, origin: { method: 'file', fileName: 'source.html' } });
    const summary = ingestPastedText(
      [
        'New Zealand in brief',
        '',
        'Aotearoa is often translated as "land of the long white cloud" [17]',
        'About half the population reported no religion [n 11] in the census [11]',
        'The population grows by about 1.4% a year [5]',
        'A figure no list has [400]',
      ].join('\n'),
    );
    if (!summary.ok || !summary.docs[0]) throw new Error('summary');
    const { sourceId: summaryId } = await importDocument(db, { doc: summary.docs[0], origin: { method: 'paste' } });
    const outcome = await linkSummaryToOriginal(db, summaryId, originalId);
    expect(outcome.reading).toBe('reference');
    const references = new Map(page.doc.references.map((r) => [r.n, r]));
    expect(outcome.resolved.map((r) => r.marker).sort()).toEqual(['[11]', '[17]', '[5]', '[n 11]']);
    for (const r of outcome.resolved) {
      const entry = references.get(r.reference ?? 0);
      expect(`[${entry?.label}]`).toBe(r.marker);
      expect(comparable(entry?.text ?? '')).toContain(comparable(truth.get(r.marker)?.text ?? '-').slice(0, 40));
    }
    const byMarker = new Map(outcome.resolved.map((r) => [r.marker, references.get(r.reference ?? 0)]));
    expect(byMarker.get('[11]')?.list).toBe('Citations');
    expect(byMarker.get('[n 11]')).toMatchObject({ list: 'Footnotes', label: 'n 11' });
    expect(byMarker.get('[n 11]')?.text).toMatch(/^Religion percentages may not add to 100%/u);
    expect(byMarker.get('[17]')?.text).toBe('King 2003, p. 41.');
    expect(outcome.unresolved.map((u) => [u.marker, u.reason])).toEqual([['[400]', 'the original has no marker [400]']]);
    const stored = await db.citations.where('sourceId').equals(summaryId).toArray();
    expect(stored.find((c) => c.locator.marker === '[400]')).toMatchObject({ resolved: false, unresolvedReason: 'the original has no marker [400]' });
    expect(stored.find((c) => c.locator.marker === '[n 11]')?.locator).toMatchObject({ markerNumber: 11, reference: byMarker.get('[n 11]')?.n });
  });

  it('refuses to link a summary to itself, or to an original with no text', async () => {
    const db = freshDatabase();
    const { summaryId } = await importSeedWithQuantities(db);
    await expect(linkSummaryToOriginal(db, summaryId, summaryId)).rejects.toThrow('cannot be linked to itself');
    await expect(linkSummaryToOriginal(db, summaryId, 'gone')).rejects.toThrow('That original is no longer in the workspace.');
    const scan = await importOriginal(db, []);
    await expect(linkSummaryToOriginal(db, summaryId, scan)).rejects.toThrow(/has no text to resolve markers against/u);
    expect((await db.sources.get(summaryId))?.originalSourceId).toBeUndefined();
  });
});
