import { describe, expect, it } from 'vitest';
import { parseCitationMarkers } from '../../../../../shared/claims/parse-citation-markers';
import { NO_TEXT_LAYER_NOTICE } from '../../../../../shared/ingest/pdf-document';
import { CANCELLED_ERROR, parsePdfFile } from '../../../../../renderer/src/workers/parsers/parse-pdf';
import { readShared } from '../../../shared/fixture-paths';

const PDF_DIR = 'corpus/documents/pdf';

async function parse(name: string) {
  const result = await parsePdfFile(readShared(`${PDF_DIR}/${name}`), name.replace(/\.pdf$/u, ''));
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe('parsePdfFile on the corpus PDFs', () => {
  it('reads the one-sentence PDF as one paragraph on page 1', async () => {
    const doc = await parse('test.pdf');
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', paragraph: 1, page: 1 });
    expect(doc.text).toMatch(/^Zotero \[zoh-TAIR-oh\] is a free, easy-to-use tool to help you collect, organize, cite, and share your research sources\.$/u);
    expect(doc.meta).toMatchObject({ title: 'test', pageCount: 1, textLayer: true, publishedAt: '2015-11-09T06:02' });
  });

  it('reads the Bitcoin paper: title, sections, page numbers, markers and its 8-entry reference list', async () => {
    const doc = await parse('recognizePDF_test_title.pdf');
    expect(doc.meta.title).toBe('Bitcoin: A Peer-to-Peer Electronic Cash System');
    expect(doc.meta.publishedAt).toBe('2009-03-24T11:33');
    expect(doc.meta.lang).toBe('en');
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end));
    expect(headings.slice(0, 3)).toEqual(['1. Introduction', '2. Transactions', '3. Timestamp Server']);
    expect(headings).not.toContain('References');
    expect(new Set(doc.blocks.map((b) => b.page))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(doc.references).toHaveLength(8);
    expect(doc.references[0]).toEqual({ n: 1, text: 'W. Dai, "b-money," http://www.weidai.com/bmoney.txt, 1998.', url: 'http://www.weidai.com/bmoney.txt' });
    expect(doc.references[7]?.text).toMatch(/^W\. Feller, "An introduction to probability theory/u);
    const numbers = parseCitationMarkers(doc.text).flatMap((m) => m.numbers);
    expect(numbers).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7]));
    // Lines are joined into paragraphs, and a hyphen of a compound word broken at the line end is kept.
    const intro = doc.blocks.find((b) => b.kind === 'paragraph' && doc.text.slice(b.start, b.end).startsWith('Commerce on the Internet'));
    expect(intro && doc.text.slice(intro.start, intro.end)).toContain('payments for non-reversible services.');
    expect(doc.text).toContain('proof-of-work system similar to Adam Back');
  });

  it('rebuilds the paragraphs of 29 pages of prose instead of one block per line', async () => {
    const started = performance.now();
    const doc = await parse('wonderland_short.pdf');
    console.log(`wonderland_short.pdf: ${doc.meta.pageCount} pages, ${doc.blocks.length} blocks parsed in ${(performance.now() - started).toFixed(0)} ms`);
    expect(doc.meta.pageCount).toBe(29);
    // The info dictionary's title is a file path, which is not a title.
    expect(doc.meta.title).toBe('wonderland_short');
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => doc.text.slice(b.start, b.end));
    const lengths = paragraphs.map((p) => p.length).sort((a, b) => a - b);
    // The page is set at about 70 characters a line; paragraphs are several lines long and end where sentences end.
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(140);
    // Chapter titles, a poem set line by line and the licence's list items are the ones that do not end a sentence.
    const ended = paragraphs.filter((p) => /[.!?:;"'’”)\]_*]$/u.test(p));
    expect(ended.length / paragraphs.length).toBeGreaterThan(0.85);
    expect(doc.text).toContain('Alice was beginning to get very tired of sitting by her sister on the bank, and of having nothing to do');
    expect(doc.blocks[doc.blocks.length - 1]?.page).toBeGreaterThanOrEqual(28);
  });

  it('stores a PDF without a text layer with a notice instead of failing', async () => {
    const doc = await parse('empty.pdf');
    expect(doc.blocks).toEqual([]);
    expect(doc.text).toBe('');
    expect(doc.meta.textLayer).toBe(false);
    expect(doc.notices).toEqual([NO_TEXT_LAYER_NOTICE]);
    expect(doc.meta.authors).toEqual(['Aurimas']);
  });

  it('reads a PDF with almost no text', async () => {
    const doc = await parse('05-versions-space.pdf');
    expect(doc.text).toContain('v.0.01');
    expect(doc.meta.lang).toBe('pt');
  });

  it('explains a corrupt PDF instead of throwing', async () => {
    const result = await parsePdfFile(readShared(`${PDF_DIR}/03-invalid.pdf`), 'invalid');
    expect(result).toEqual({ ok: false, error: 'This PDF is damaged: its structure could not be read.' });
  });

  it('explains a truncated PDF instead of throwing', async () => {
    const bytes = readShared(`${PDF_DIR}/test.pdf`);
    const result = await parsePdfFile(bytes.subarray(0, 200), 'cut');
    expect(result.ok).toBe(false);
  });

  it('stops between pages when cancelled', async () => {
    const result = await parsePdfFile(readShared(`${PDF_DIR}/wonderland_short.pdf`), 'w', () => true);
    expect(result).toEqual({ ok: false, error: CANCELLED_ERROR });
  });

  it('leaves the caller its bytes', async () => {
    const bytes = readShared(`${PDF_DIR}/test.pdf`);
    await parsePdfFile(bytes, 'test');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(String.fromCharCode(...bytes.subarray(0, 5))).toBe('%PDF-');
  });
});
