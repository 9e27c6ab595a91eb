import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCitationMarkers } from '../../../../../shared/claims/parse-citation-markers';
import { DEFAULT_ZIP_LIMITS } from '../../../../../shared/ingest/zip-directory';
import { parseDocxFile } from '../../../../../renderer/src/workers/parsers/parse-docx';
import { readShared } from '../../../shared/fixture-paths';

const MAMMOTH = 'corpus/documents/docx/mammoth-testdata';

async function parse(name: string) {
  const result = await parseDocxFile(readShared(`${MAMMOTH}/${name}`), name.replace(/\.docx$/u, ''));
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

function texts(doc: Awaited<ReturnType<typeof parse>>): [string, string][] {
  return doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);
}

describe('parseDocxFile on the mammoth test documents', () => {
  it('turns footnotes into the reference list and their references into [n] markers', async () => {
    const doc = await parse('footnotes.docx');
    expect(texts(doc)).toEqual([['paragraph', 'Ouch[1].[2]']]);
    expect(doc.references).toEqual([
      { n: 1, text: 'A tachyon walks into a bar.' },
      { n: 2, text: 'Fin.' },
    ]);
    expect(doc.meta.authors).toEqual(['Michael Williamson']);
    expect(doc.meta.publishedAt).toBe('2014-06-10T11:09');
    expect(doc.meta.title).toBe('footnotes');
  });

  it('numbers endnotes by their place in the list, whatever ids Word gave them', async () => {
    const doc = await parse('endnotes.docx');
    expect(parseCitationMarkers(doc.text).flatMap((m) => m.numbers)).toEqual([1, 2]);
    expect(doc.references.map((r) => r.text)).toEqual(['A tachyon walks into a bar.', 'Fin.']);
  });

  it('keeps a link in a footnote as its URL', async () => {
    const doc = await parse('footnote-hyperlink.docx');
    expect(doc.references).toEqual([{ n: 1, text: 'Example', url: 'http://www.example.com' }]);
  });

  it('reads tables as tab-separated rows between paragraphs', async () => {
    const doc = await parse('tables.docx');
    expect(texts(doc)).toEqual([
      ['paragraph', 'Above'],
      ['table', 'Top left\tTop right\nBottom left\tBottom right'],
      ['paragraph', 'Below'],
    ]);
  });

  it('keeps the cell grid of a table with merged cells (gridSpan, vMerge): every value stays in its column', async () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../../fixtures/docx/merged-cells.docx', import.meta.url))));
    const result = await parseDocxFile(bytes, 'merged-cells');
    if (!result.ok) throw new Error(result.error);
    const table = texts(result.doc).find(([kind]) => kind === 'table')?.[1];
    expect(table?.split('\n').map((row) => row.split('\t'))).toEqual([
      ['Region', 'Production (t)', '', 'Note'],
      ['', '2022', '2023', ''],
      ['Asia', '210000', '240000', 'China'],
      ['', '18000', '25000', 'Myanmar'],
      ['Americas', '43000 (both years)', '', 'United States'],
    ]);
    expect(result.doc.meta.lang).toBe('en');
  });

  it('reads ISO Strict files and XML with a byte-order mark', async () => {
    expect(texts(await parse('strict-format.docx'))).toEqual([['paragraph', 'Test']]);
    expect(texts(await parse('utf8-bom.docx'))).toEqual([['paragraph', 'This XML has a byte order mark.']]);
  });

  it('says clearly that an empty document has no text', async () => {
    const result = await parseDocxFile(readShared(`${MAMMOTH}/empty.docx`), 'empty');
    expect(result).toEqual({ ok: false, error: 'This Word document is empty: it has no text.' });
  });
});

describe('parseDocxFile on bad input', () => {
  it('refuses a file that is not a zip', async () => {
    const result = await parseDocxFile(new TextEncoder().encode('just text pretending to be Word'), 'fake');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not a ZIP archive/u);
  });

  it('refuses a zip that would expand past the limit, before decompressing anything', async () => {
    const bytes = readShared(`${MAMMOTH}/footnotes.docx`);
    const result = await parseDocxFile(bytes, 'bomb', { ...DEFAULT_ZIP_LIMITS, maxUncompressedBytes: 10_000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/expands to .* over the .* limit/u);
  });

  it('refuses a truncated file as damaged', async () => {
    const bytes = readShared(`${MAMMOTH}/footnotes.docx`);
    const result = await parseDocxFile(bytes.subarray(0, bytes.length - 100), 'cut');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/damaged/u);
  });
});
