import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../../../shared/ingest/csl-document';
import { decodeText } from '../../../../../shared/ingest/decode-text';
import type { ReferenceListFormat } from '../../../../../shared/ingest/ingest-file';
import { parseReferenceList, splitReferenceEntries } from '../../../../../renderer/src/workers/parsers/parse-reference-list';
import { readShared, readSharedText } from '../../../shared/fixture-paths';

const CITATIONS = 'corpus/citations';

async function parse(path: string, format: ReferenceListFormat) {
  const decoded = decodeText(readShared(`${CITATIONS}/${path}`));
  if (!decoded.ok) throw new Error(decoded.error);
  const result = await parseReferenceList(decoded.text, format);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('parseReferenceList on CSL-JSON', () => {
  it('makes one reference document per item of a real 17-item list', async () => {
    const { docs } = await parse('commonmeta-py/csl-list.json', 'csl-json');
    expect(docs).toHaveLength(17);
    const first = docs[0];
    expect(first?.kind).toBe('reference');
    expect(first?.meta.title).toBe('Changes in Data Sharing and Data Reuse Practices and Perceptions among Scientists Worldwide');
    expect(first?.meta.authors.slice(0, 2)).toEqual(['Carol Tenopir', 'Elizabeth D. Dalton']);
    expect(first?.meta.publishedAt).toMatch(/^2015/u);
    expect(first?.meta.url).toMatch(/^https?:\/\//u);
    expect(first?.meta.csl?.title).toBe(first?.meta.title);
    // The text is one paragraph: the reference formatted in APA.
    expect(first?.blocks).toHaveLength(1);
    expect(first?.text).toMatch(/^Tenopir, C\., Dalton, E\. D\., .*\(2015\)\. Changes in Data Sharing/u);
  });

  it('refuses JSON that is not a reference list, and invalid JSON, with a reason', async () => {
    expect(await parseReferenceList('{"name": "package", "version": "1.0.0"}', 'csl-json')).toEqual({
      ok: false,
      error: 'This JSON file is not a CSL-JSON reference list (an array of items with a type and title).',
    });
    const broken = await parseReferenceList('[{"type": "book", ', 'csl-json');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatch(/^This is not valid JSON/u);
  });
});

describe('parseReferenceList on BibTeX and RIS', () => {
  it('reads the same eLife article from BibTeX and from RIS', async () => {
    const bib = (await parse('commonmeta-py/crossref.bib', 'bibtex')).docs;
    const ris = (await parse('commonmeta-py/crossref.ris', 'ris')).docs;
    expect(bib).toHaveLength(1);
    expect(ris).toHaveLength(1);
    for (const doc of [bib[0], ris[0]]) {
      expect(doc?.meta.title).toBe('Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth');
      expect(doc?.meta.publisher).toBe('eLife');
      expect(doc?.meta.authors[0]).toBe('Martial Sankar');
      expect(doc?.meta.url).toMatch(/10\.7554\/elife\.01567/iu);
    }
  });

  it('reads the BibTeX and BibLaTeX inputs of citation-js with the titles of their expected CSL', async () => {
    for (const [input, expected] of [['citation-js/bibtex-input.bib', 'citation-js/bibtex-csl.json'], ['citation-js/biblatex-input.bib', 'citation-js/biblatex-csl.json']] as const) {
      const { docs } = await parse(input, 'bibtex');
      const want = JSON.parse(readSharedText(`${CITATIONS}/${expected}`)) as CslItem[];
      expect(docs).toHaveLength(want.length);
      const titled = want.filter((item) => typeof item.title === 'string').map((item) => item.title);
      expect(docs.map((d) => d.meta.title).filter((t) => titled.includes(t))).toHaveLength(titled.length);
    }
  });

  it('reads the thesis from RIS', async () => {
    const { docs } = await parse('commonmeta-py/pure.ris', 'ris');
    expect(docs[0]?.meta.title).toMatch(/^A multiscale analysis of the urban heat island effect/u);
    expect(docs[0]?.meta.authors).toEqual(['Y. Toparlar']);
  });

  it('repairs the malformed RIS header and says so', async () => {
    const result = await parse('commonmeta-py/ris_bug.ris', 'ris');
    expect(result.docs).toHaveLength(1);
    expect(result.docs[0]?.meta.title).toMatch(/^Validation of an Image-based Subject-Specific Dynamic Model/u);
    expect(result.notices.join(' ')).toMatch(/repaired/u);
  });

  it('handles the rispy edge cases: byte-order mark, Cyrillic, multi-line values, several records', async () => {
    const bom = await parse('rispy/example_bom.ris', 'ris');
    expect(bom.docs[0]?.meta.url).toBe('https://doi.org/10.1186/s40981-020-0316-0');
    const cyrillic = await parse('rispy/example_utf_chars.ris', 'ris');
    expect(cyrillic.docs[0]?.meta.authors[0]).toBe('Yu E. Dobrokhotova');
    expect(cyrillic.docs[0]?.text).toMatch(/Dobrokhotova/u);
    const multiline = await parse('rispy/example_multiline.ris', 'ris');
    expect(multiline.docs).toHaveLength(3);
    // A value continued on the next lines is read whole, even where a continuation line starts with "ER".
    expect(multiline.docs.map((d) => d.meta.excerpt)).toEqual(Array(3).fill('first line, ER then second line and at the end the last line'));
    const urls = await parse('rispy/example_urls.ris', 'ris');
    expect(urls.docs).toHaveLength(4);
    expect(urls.docs.every((d) => d.meta.title === 'A Mathematical Theory of Communication')).toBe(true);
  });

  it('fails with a message on text that is not a reference list', async () => {
    const result = await parseReferenceList('@article{broken, title = {unclosed', 'bibtex');
    expect(result.ok === false || result.docs.length === 0).toBe(true);
  });
});

describe('one bad entry of a reference list', () => {
  it('skips only that BibTeX entry, naming its line, and keeps the others', async () => {
    const bib = '@article{good1, title={Good one}, author={Smith, Jane}, year={2020}}\n\n@article{bad, title={Broken {brace}, year=2020\n\n@book{good2, title={Another}, author={Li, Wei}, year={2021}}\n';
    const result = await parseReferenceList(bib, 'bibtex');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.docs.map((d) => d.meta.title)).toEqual(['Good one', 'Another']);
    expect(result.notices).toEqual([expect.stringMatching(/^1 entry of this BibTeX file could not be read and was skipped \(line 3: “@article\{bad, title=\{Broken \{brace\}, year=2020”\)/)]);
  });

  it('splits BibTeX before each entry and RIS after each end of record', () => {
    expect(splitReferenceEntries('% comment\n@a{x}\n@b{y,\n t={z}}\n', 'bibtex').map((e) => e.line)).toEqual([1, 2, 3]);
    expect(splitReferenceEntries('TY  - JOUR\nTI  - A\nER  - \nTY  - BOOK\nER  - \n', 'ris').map((e) => e.line)).toEqual([1, 4]);
  });
});
