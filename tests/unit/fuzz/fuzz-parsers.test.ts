import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestAnyFile } from '../../../renderer/src/workers/parsers/ingest-any-file';
import { readZipDirectory } from '../../../shared/ingest/zip-directory';
import { inflateBudget, readZipContents, storedZip } from '../../../shared/ingest/zip-entry';
import { readShared } from '../shared/fixture-paths';
import { report, tally, withinBudget, type FuzzTally } from './fuzz-budget';

// Every parser, through the same entry the worker uses: any input gives documents or the file's own clear error
// (“name”: reason), never a throw, within the budget. The worker's time budget stops anything slower in the app.
const PARSE_BUDGET_MS = 3000;
const RUNS = 60;
const encode = (text: string) => new TextEncoder().encode(text);

const tallies: Record<string, FuzzTally> = {};
afterAll(() => report(Object.values(tallies)));

async function check(format: string, name: string, bytes: Uint8Array): Promise<void> {
  const t = (tallies[format] ??= tally(`${format} parser`));
  const result = await withinBudget(t, PARSE_BUDGET_MS, () => ingestAnyFile(name, bytes));
  if (!result.ok) {
    expect(result.error.startsWith(`“${name}”: `)).toBe(true);
    // Raw library text never leads a message.
    expect(result.error).not.toMatch(/Maximum call stack|xmldom|Cannot read properties|is not a function|undefined is not/);
  } else {
    for (const doc of result.docs) for (const b of doc.blocks) expect(b.end).toBeLessThanOrEqual(doc.text.length);
  }
}

const HTML_TOKENS = ['<div>', '</div>', '<p>', '</p>', '<a href="#cite_note-1">', '</a>', '<sup>', '</sup>', '<ol class="references">', '<li id="cite_note-1">', '<script>', '</script>', '<!--', '-->', '<table><tr><td>', '<h2>References</h2>', '&amp;', '&#xD800;', '[1]', '<meta charset="gb18030">', '<title>', '</title>', '<', '>'];
const html = fc.array(fc.oneof(fc.constantFrom(...HTML_TOKENS), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 200 }).map((parts) => `<!doctype html><html><body>${parts.join('')}</body></html>`);
const MD_TOKENS = ['# ', '> ', '- ', '1. ', '[^1]', '[^1]: ', '```\n', '|a|b|\n|-|-|\n', '*', '_', '\n\n', '<div>', '[x](javascript:alert(1))', '---\ntitle: "x"\n---\n'];
const markdown = fc.array(fc.oneof(fc.constantFrom(...MD_TOKENS), fc.string({ maxLength: 30 })), { maxLength: 120 }).map((p) => p.join(''));
const BIB_TOKENS = ['@article{', '@book{', '}', '{', 'title={', 'author={', ' and ', 'year=', ',', '"', '\n', '%', '@string{a="b"}'];
const bibtex = fc.array(fc.oneof(fc.constantFrom(...BIB_TOKENS), fc.string({ maxLength: 20 })), { maxLength: 80 }).map((p) => `@article{k, title={T}}\n${p.join('')}`);
const RIS_TAGS = ['TY  - JOUR', 'TI  - ', 'AU  - ', 'PY  - ', 'ER  - ', 'TY -  BOOK', 'T1  - ', 'UR  - javascript:alert(1)'];
const ris = fc.array(fc.oneof(fc.constantFrom(...RIS_TAGS), fc.string({ maxLength: 20 })), { maxLength: 40 }).map((p) => `TY  - JOUR\n${p.join('\n')}\nER  - \n`);
const cslJson = fc.array(fc.record({ type: fc.oneof(fc.constant('article-journal'), fc.anything()), title: fc.anything(), id: fc.anything(), URL: fc.oneof(fc.webUrl(), fc.string()) }, { requiredKeys: ['type'] }), { maxLength: 5 }).map((items) => JSON.stringify(items));

let docxParts: Map<string, Uint8Array>;
beforeAll(async () => {
  const zip = readShared('corpus/documents/docx/mammoth-testdata/footnotes.docx');
  const directory = readZipDirectory(zip);
  if (!directory.ok) throw new Error(directory.error);
  const contents = readZipContents(zip, directory.entries, inflateBudget(50 * 1024 * 1024));
  if (!contents.ok) throw new Error(contents.error);
  docxParts = contents.files;
  // Load pdf.js, citation-js and mammoth once, so the first fuzzed input is not charged for it.
  await ingestAnyFile('warm.pdf', readShared('corpus/documents/pdf/test.pdf'));
  await ingestAnyFile('warm.bib', encode('@article{k, title={T}}'));
  await ingestAnyFile('warm.docx', storedZip(docxParts));
}, 60_000);

const XML_TOKENS = ['<w:p>', '</w:p>', '<w:r>', '</w:r>', '<w:t>', '</w:t>', '<w:footnoteReference w:id="1"/>', '<w:footnoteReference w:id="77"/>', '<w:hyperlink r:id="rId99">', '</w:hyperlink>', '<w:tbl><w:tr><w:tc>', '<', '&', ']]>'];
const docxXml = fc.array(fc.oneof(fc.constantFrom(...XML_TOKENS), fc.string({ maxLength: 20 })), { maxLength: 100 });

describe('fuzzing every parser', () => {
  it('HTML', async () => {
    await fc.assert(fc.asyncProperty(html, async (page) => check('HTML', 'page.html', encode(page))), { numRuns: RUNS });
  });
  it('Markdown', async () => {
    await fc.assert(fc.asyncProperty(markdown, async (text) => check('Markdown', 'notes.md', encode(text))), { numRuns: RUNS });
  });
  it('plain text and unknown bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'b', 'c.html', 'd.docx', 'e.pdf', 'f.bib'), async (bytes, name) => check('bytes', name, bytes)), { numRuns: RUNS * 2 });
  });
  it('BibTeX, RIS and CSL-JSON', async () => {
    await fc.assert(fc.asyncProperty(bibtex, async (text) => check('BibTeX', 'refs.bib', encode(text))), { numRuns: RUNS });
    await fc.assert(fc.asyncProperty(ris, async (text) => check('RIS', 'refs.ris', encode(text))), { numRuns: RUNS });
    await fc.assert(fc.asyncProperty(cslJson, async (text) => check('CSL-JSON', 'refs.json', encode(text))), { numRuns: RUNS });
  });
  it('DOCX with fuzzed document XML', async () => {
    await fc.assert(
      fc.asyncProperty(docxXml, async (tokens) => {
        const parts = new Map(docxParts);
        parts.set('word/document.xml', encode(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="r"><w:body>${tokens.join('')}</w:body></w:document>`));
        await check('DOCX', 'report.docx', storedZip(parts));
      }),
      { numRuns: RUNS },
    );
  });
  it('PDF with fuzzed bytes after the header', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => check('PDF', 'report.pdf', new Uint8Array([...encode('%PDF-1.7\n'), ...bytes]))), { numRuns: RUNS });
  });
});
