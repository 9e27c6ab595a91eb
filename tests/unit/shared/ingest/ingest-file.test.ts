import { describe, expect, it } from 'vitest';
import { ingestFile, ingestPastedText, type FormatParsers } from '../../../../shared/ingest/ingest-file';
import { MAX_IMPORT_BYTES } from '../../../../shared/ingest/limits';
import type { NormalizedDocument } from '../../../../shared/ingest/normalized-document';
import { readShared } from '../fixture-paths';

const text = (s: string) => new TextEncoder().encode(s);

function fakeDoc(kind: NormalizedDocument['kind'], title: string, withText = true): NormalizedDocument {
  return {
    kind,
    text: withText ? 'Body.' : '',
    blocks: withText ? [{ id: 'b1', kind: 'paragraph', start: 0, end: 5, paragraph: 1 }] : [],
    meta: { title, authors: [], lang: 'und-Latn', tags: [] },
    references: [],
    notices: [],
  };
}

// Stand-ins that record which parser the dispatcher chose.
const fakeParsers: FormatParsers = {
  html: async (_bytes, title) => ({ ok: true, doc: fakeDoc('html', title) }),
  docx: async (_bytes, title) => ({ ok: true, doc: fakeDoc('docx', title) }),
  pdf: async (_bytes, title) => ({ ok: true, doc: { ...fakeDoc('pdf', title, false), meta: { ...fakeDoc('pdf', title).meta, textLayer: false } } }),
  referenceList: async (_text, format) => ({ ok: true, docs: [fakeDoc('reference', `${format} 1`), fakeDoc('reference', `${format} 2`)], notices: ['list notice'] }),
};

describe('ingestFile', () => {
  it('reads text and Markdown itself, without any parser', async () => {
    const seed = await ingestFile('seed-summary-rare-earths.txt', readShared('fixtures/seed-summary-rare-earths.txt'));
    expect(seed.ok && seed.docs.map((d) => d.kind)).toEqual(['clipping']);
    const md = await ingestFile('notes.md', text('# Notes\n\nA claim.[^1]\n\n[^1]: The source.\n'));
    expect(md.ok && md.docs[0]?.references).toEqual([{ n: 1, text: 'The source.' }]);
  });

  it('hands other formats to their parser, chosen by content', async () => {
    const pdf = await ingestFile('paper.bin', readShared('corpus/documents/pdf/test.pdf'), { parsers: fakeParsers });
    expect(pdf.ok && pdf.docs[0]?.kind).toBe('pdf');
    const html = await ingestFile('page.pdf', text('<!doctype html><html><body>x</body></html>'), { parsers: fakeParsers });
    expect(html.ok && html.docs[0]).toMatchObject({ kind: 'html', meta: { title: 'page' } });
    const docx = await ingestFile('memo', readShared('corpus/documents/docx/mammoth-testdata/tables.docx'), { parsers: fakeParsers });
    expect(docx.ok && docx.docs[0]?.kind).toBe('docx');
  });

  it('returns every entry of a reference list, with the file notices on the first', async () => {
    const result = await ingestFile('refs.ris', text('TY  - JOUR\nTI  - T\nER  - \n'), { parsers: fakeParsers });
    if (!result.ok) throw new Error(result.error);
    expect(result.docs.map((d) => d.meta.title)).toEqual(['ris 1', 'ris 2']);
    expect(result.docs.map((d) => d.notices)).toEqual([['list notice'], []]);
  });

  it('keeps a PDF without a text layer, which has no blocks', async () => {
    const result = await ingestFile('scan.pdf', readShared('corpus/documents/pdf/empty.pdf'), { parsers: fakeParsers });
    expect(result.ok && result.docs[0]?.blocks).toEqual([]);
  });

  it('refuses empty, oversized, unreadable and unknown files with a message naming the file', async () => {
    expect(await ingestFile('empty.txt', new Uint8Array())).toEqual({ ok: false, error: '“empty.txt”: The file is empty.' });
    expect(await ingestFile('big.txt', text('x'.repeat(2000)), { maxBytes: 1024 })).toEqual({ ok: false, error: '“big.txt”: It is 2.0 KB, over the 1.0 KB import limit. Raise “Largest file to import” in Settings, or split the file.' });
    expect(await ingestFile('blank.txt', text('   \n\n  '))).toEqual({ ok: false, error: '“blank.txt”: It has no readable text.' });
    expect(await ingestFile('photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({
      ok: false,
      error: '“photo.txt”: This looks like a JPEG image, which Footnote cannot import.',
    });
    expect(await ingestFile('blob', new Uint8Array([1, 2, 0, 0, 9, 7]))).toEqual({
      ok: false,
      error: '“blob”: This file is not text (it looks like a binary file). Choose a .txt or .md file.',
    });
    expect(await ingestFile('page.html', text('<html></html>'))).toEqual({ ok: false, error: '“page.html”: HTML files cannot be read here.' });
  });

  it('defaults the size limit to 50 MB', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const result = await ingestFile('big.pdf', big, { parsers: fakeParsers });
    expect(result).toEqual({ ok: false, error: '“big.pdf”: It is 52,428,801 bytes, over the 52,428,800-byte (50.0 MB) import limit. Raise “Largest file to import” in Settings, or split the file.' });
  });
});

describe('ingestPastedText', () => {
  it('returns the pasted text as one document', () => {
    const result = ingestPastedText('A pasted paragraph of text.');
    expect(result.ok && result.docs).toHaveLength(1);
    expect(ingestPastedText('  ')).toEqual({ ok: false, error: 'Nothing to import: the pasted text is empty.' });
  });
});
