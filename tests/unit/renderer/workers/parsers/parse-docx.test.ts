import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCitationMarkers } from '../../../../../shared/claims/parse-citation-markers';
import { DEFAULT_ZIP_LIMITS, readZipDirectory } from '../../../../../shared/ingest/zip-directory';
import { inflateBudget, readZipContents, storedZip } from '../../../../../shared/ingest/zip-entry';
import { deflatedZeros, makeZip } from '../../../shared/ingest/zip-fixtures';
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

describe('parseDocxFile on hostile Word files', () => {
  function realParts(): Map<string, Uint8Array> {
    const zip = readShared(`${MAMMOTH}/single-paragraph.docx`);
    const directory = readZipDirectory(zip);
    if (!directory.ok) throw new Error(directory.error);
    const contents = readZipContents(zip, directory.entries, inflateBudget(DEFAULT_ZIP_LIMITS.maxUncompressedBytes));
    if (!contents.ok) throw new Error(contents.error);
    return contents.files;
  }

  it('refuses a document part that declares 900 KB and inflates to 64 MB, naming the part, in under a second', async () => {
    const parts = [...realParts()].filter(([name]) => name !== 'word/document.xml').map(([name, data]) => ({ name, data }));
    const bomb = makeZip([...parts, { name: 'word/document.xml', data: deflatedZeros(64), method: 8, declaredUncompressed: 900 * 1024 }]);
    const started = performance.now();
    const result = await parseDocxFile(bomb, 'bomb');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^This Word file was refused: “word\/document\.xml” inside it says it holds 900\.0 KB but unpacks to more/) });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses footnotes nested 100,000 deep before mammoth reads them', async () => {
    const parts = realParts();
    parts.set('word/footnotes.xml', new TextEncoder().encode(`<?xml version="1.0"?><w:footnotes>${'<w:p>'.repeat(100_000)}${'</w:p>'.repeat(100_000)}</w:footnotes>`));
    const result = await parseDocxFile(storedZip(parts), 'deep');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/“word\/footnotes\.xml” inside it are nested deeper than any real document/) });
  });
});

describe('parseDocxFile on damaged Word files', () => {
  function partsOf(name: string): Map<string, Uint8Array> {
    const zip = readShared(`${MAMMOTH}/${name}`);
    const directory = readZipDirectory(zip);
    if (!directory.ok) throw new Error(directory.error);
    const contents = readZipContents(zip, directory.entries, inflateBudget(DEFAULT_ZIP_LIMITS.maxUncompressedBytes));
    if (!contents.ok) throw new Error(contents.error);
    return contents.files;
  }
  const editDocument = (parts: Map<string, Uint8Array>, edit: (xml: string) => string) =>
    parts.set('word/document.xml', new TextEncoder().encode(edit(new TextDecoder().decode(parts.get('word/document.xml')))));

  it('imports a document whose text refers to a missing footnote, leaving that reference out with a notice', async () => {
    const parts = partsOf('footnotes.docx');
    editDocument(parts, (xml) => xml.replace(/w:footnoteReference w:id="\d+"/u, 'w:footnoteReference w:id="99"'));
    const result = await parseDocxFile(storedZip(parts), 'dangling');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.notices).toContainEqual(expect.stringMatching(/^The text refers to a note the file does not contain \(footnote 99\); that reference was left out/));
  });

  it('says plainly that malformed XML is damaged, without xmldom’s words first', async () => {
    const parts = partsOf('footnotes.docx');
    editDocument(parts, (xml) => xml.replace('<w:body>', '<w:body><w:p'));
    const result = await parseDocxFile(storedZip(parts), 'broken');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Part of this Word file is damaged: its XML is malformed .*save it again/) });
  });
});
