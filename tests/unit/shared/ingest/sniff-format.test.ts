import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../shared/ingest/sniff-format';
import { readShared } from '../fixture-paths';
import { makeZip } from './zip-fixtures';

const text = (s: string) => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it('recognises the corpus files by content, whatever they are called', () => {
    const cases: [string, string][] = [
      ['corpus/documents/pdf/test.pdf', 'pdf'],
      ['corpus/documents/docx/mammoth-testdata/tables.docx', 'docx'],
      ['corpus/documents/docx/mammoth-testdata/strict-format.docx', 'docx'],
      ['corpus/readability/bbc-1/source.html', 'html'],
      ['corpus/documents/text/charsets/gbk.html', 'html'],
      ['corpus/documents/debian-reference/pr01.en.html', 'html'],
      ['corpus/citations/commonmeta-py/csl-list.json', 'csl-json'],
      ['corpus/citations/commonmeta-py/crossref.bib', 'bibtex'],
      ['corpus/citations/citation-js/biblatex-input.bib', 'bibtex'],
      ['corpus/citations/commonmeta-py/crossref.ris', 'ris'],
      ['corpus/citations/rispy/example_bom.ris', 'ris'],
      ['corpus/citations/rispy/example_starting_newlines.ris', 'ris'],
      ['corpus/documents/text/charsets/utf8.txt', 'text'],
    ];
    for (const [path, format] of cases) {
      expect(sniffFormat('download', readShared(path)), path).toEqual({ format });
    }
  });

  it('trusts a text extension, and ignores a binary one the content contradicts', () => {
    expect(sniffFormat('notes.md', text('# Title'))).toEqual({ format: 'markdown' });
    expect(sniffFormat('refs.bib', text('% comment\n@book{x, title={T}}'))).toEqual({ format: 'bibtex' });
    expect(sniffFormat('refs.csl.json', text('[]'))).toEqual({ format: 'csl-json' });
    expect(sniffFormat('page.pdf', text('<!DOCTYPE html><html><body>saved page</body></html>'))).toEqual({ format: 'html' });
    expect(sniffFormat('report.txt', readShared('corpus/documents/pdf/test.pdf'))).toEqual({ format: 'pdf' });
    expect(sniffFormat('paper.docx', text('plain words'))).toEqual({ format: 'text' });
  });

  it('sniffs text without an extension', () => {
    expect(sniffFormat('x', text('  <html lang="en"><p>hi</p></html>'))).toEqual({ format: 'html' });
    expect(sniffFormat('x', text('<?xml version="1.0"?>\n<!-- saved --><html>'))).toEqual({ format: 'html' });
    expect(sniffFormat('x', text('\uFEFFTY  - JOUR\nER  - '))).toEqual({ format: 'ris' });
    expect(sniffFormat('x', text('[{"type": "book", "title": "T"}]'))).toEqual({ format: 'csl-json' });
    expect(sniffFormat('x', text('[1] A paragraph that opens with a marker.'))).toEqual({ format: 'text' });
    expect(sniffFormat('x', text('@someone said hello'))).toEqual({ format: 'text' });
  });

  it('names what an unreadable binary looks like', () => {
    expect(sniffFormat('a.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toEqual({
      format: 'unsupported',
      looksLike: 'an old Office 97–2003 file (.doc, .xls or .ppt); save it as .docx or PDF first',
    });
    expect(sniffFormat('x.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ format: 'unsupported', looksLike: 'a PNG image' });
    expect(sniffFormat('book.docx', makeZip([{ name: 'xl/workbook.xml' }]))).toEqual({ format: 'unsupported', looksLike: 'an Excel workbook' });
    expect(sniffFormat('book.zip', makeZip([{ name: 'notes.txt' }]))).toEqual({ format: 'unsupported', looksLike: 'a ZIP archive' });
    expect(sniffFormat('cut.docx', makeZip([{ name: 'word/document.xml' }]).subarray(0, 30))).toEqual({ format: 'unsupported', looksLike: 'a damaged ZIP archive' });
  });

  it('always answers, for any bytes', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ maxLength: 2000 }), (name, bytes) => {
        expect(sniffFormat(name, bytes).format).toBeTypeOf('string');
      }),
    );
  });
});
