import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePdfFile } from '../../../../../renderer/src/workers/parsers/parse-pdf';

// Journal PDFs from tests/fixtures/pdf (origins in tests/fixtures/MANIFEST.md).
const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../fixtures/pdf');

async function parse(name: string) {
  const result = await parsePdfFile(new Uint8Array(readFileSync(resolve(FIXTURES, name))), name.replace(/\.pdf$/u, ''));
  if (!result.ok) throw new Error(result.error);
  const doc = result.doc;
  const texts = (kind?: string) => doc.blocks.filter((b) => kind === undefined || b.kind === kind).map((b) => doc.text.slice(b.start, b.end));
  return { doc, texts };
}

describe('PDF titles and authors from the first page', () => {
  it('takes the printed title and author when the metadata holds an identifier and an account name (04-valid.pdf)', async () => {
    const { doc, texts } = await parse('04-valid.pdf');
    expect(doc.meta.title).toBe('Acute effect of speed exercise on nitric oxide (NO) level of footballers');
    expect(doc.meta.authors).toEqual(['Özcan SAYGIN']);
    expect(doc.meta.lang).toBe('en');
    // The title is the source's title, not its first heading.
    expect(texts('heading')).not.toContain(doc.meta.title);
  });

  it('skips the journal masthead printed above the title, and reads the byline without affiliation marks (02-valid.pdf)', async () => {
    const { doc } = await parse('02-valid.pdf');
    expect(doc.meta.title).toBe('Performance evaluation of a GaInP/GaAs solar cell structure with the integration of AlGaAs tunnel junction');
    expect(doc.meta.authors).toEqual(['Yunus Özen', 'Nihan Akın', 'Barış Kınacı', 'Süleyman Özçelik']);
  });

  it('reads a byline over three lines without the affiliations under it (01-valid.pdf)', async () => {
    const { doc } = await parse('01-valid.pdf');
    expect(doc.meta.title).toBe('Trace-based Just-in-Time Type Specialization for Dynamic Languages');
    expect(doc.meta.authors).toHaveLength(16);
    expect(doc.meta.authors[0]).toBe('Andreas Gal');
    expect(doc.meta.authors[15]).toBe('Michael Franz');
  });

  it('keeps a good metadata title and splits its comma-separated authors (zoo.pdf)', async () => {
    const { doc } = await parse('zoo.pdf');
    expect(doc.meta.title).toBe('zoo: An S3 Class and Methods for Indexed Totally Ordered Observations');
    expect(doc.meta.authors).toEqual(['Achim Zeileis', 'Gabor Grothendieck']);
  });
});

describe('PDF noise', () => {
  it('drops running headers set on alternate pages, and the masthead line of page 1 (zoo.pdf, 04-valid.pdf)', async () => {
    const zoo = await parse('zoo.pdf');
    expect(zoo.texts().filter((t) => t.includes('Achim Zeileis, Gabor Grothendieck'))).toEqual([]);
    const turk = await parse('04-valid.pdf');
    expect(turk.texts().filter((t) => t.includes('Effect of speed exercise on NO in footballers'))).toEqual([]);
  });

  it('strips control characters that fonts with their own encodings produce (04-valid.pdf, 02-valid.pdf)', async () => {
    for (const name of ['04-valid.pdf', '02-valid.pdf']) {
      const { doc } = await parse(name);
      // eslint-disable-next-line no-control-regex -- control characters are what must be absent
      expect(doc.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
    }
    const { texts } = await parse('04-valid.pdf');
    expect(texts().some((t) => t.startsWith('Figure 1. Average serum NO (U/ml) Levels of footballers'))).toBe(true);
  });
});
