import { describe, expect, it } from 'vitest';
import { ingestAnyFile } from '../../../../../renderer/src/workers/parsers/ingest-any-file';
import { readShared } from '../../../shared/fixture-paths';

describe('ingestAnyFile on a mixed batch', () => {
  it('reads each corpus format under a misleading or missing name, by its content', async () => {
    const batch: [string, string, string][] = [
      ['corpus/readability/wikipedia-3/source.html', 'download', 'html'],
      ['corpus/documents/pdf/test.pdf', 'paper', 'pdf'],
      ['corpus/documents/docx/mammoth-testdata/footnotes.docx', 'memo.bin', 'docx'],
      ['corpus/documents/markdown/opencc-js/README.md', 'README.md', 'markdown'],
      ['corpus/citations/commonmeta-py/crossref.bib', 'refs', 'reference'],
      ['corpus/citations/commonmeta-py/csl-list.json', 'list.csl.json', 'reference'],
      ['corpus/documents/text/charsets/gbk.txt', 'gbk.txt', 'text'],
    ];
    for (const [path, name, kind] of batch) {
      const result = await ingestAnyFile(name, readShared(path));
      if (!result.ok) throw new Error(`${path}: ${result.error}`);
      expect(result.docs[0]?.kind, path).toBe(kind);
    }
  });

  it('gives each bad file its own clear message', async () => {
    const bad: [string, Uint8Array, RegExp][] = [
      ['broken.pdf', readShared('corpus/documents/pdf/03-invalid.pdf'), /^“broken\.pdf”: This PDF is damaged/u],
      ['empty.docx', readShared('corpus/documents/docx/mammoth-testdata/empty.docx'), /^“empty\.docx”: This Word document is empty/u],
      ['bug.json', new TextEncoder().encode('{"not": "a reference"}'), /not a CSL-JSON reference list/u],
    ];
    for (const [name, bytes, message] of bad) {
      const result = await ingestAnyFile(name, bytes);
      expect(result.ok ? 'ok' : result.error, name).toMatch(message);
    }
  });
});
