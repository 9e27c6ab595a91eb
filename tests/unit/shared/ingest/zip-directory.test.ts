import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkZipExpansion, DEFAULT_ZIP_LIMITS, looksLikeZip, readZipDirectory } from '../../../../shared/ingest/zip-directory';
import { readShared } from '../fixture-paths';
import { makeZip } from './zip-fixtures';

describe('readZipDirectory', () => {
  it('lists the parts of a real Word file with their declared sizes', () => {
    const result = readZipDirectory(readShared('corpus/documents/docx/mammoth-testdata/footnotes.docx'));
    if (!result.ok) throw new Error(result.error);
    const names = result.entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/footnotes.xml', 'docProps/core.xml']));
    expect(result.entries.every((e) => e.method === 8 && e.uncompressedSize >= e.compressedSize)).toBe(true);
  });

  it('reads a hand-made archive, past a trailing comment', () => {
    const zip = makeZip([{ name: 'a.txt', data: new TextEncoder().encode('hello') }, { name: '目录/b.xml' }], 'a comment');
    const result = readZipDirectory(zip);
    expect(result).toEqual({
      ok: true,
      entries: [
        { name: 'a.txt', method: 0, compressedSize: 5, uncompressedSize: 5, localHeaderOffset: 0 },
        { name: '目录/b.xml', method: 0, compressedSize: 0, uncompressedSize: 0, localHeaderOffset: 40 },
      ],
    });
  });

  it('says a file without a central directory is not a ZIP archive', () => {
    expect(readZipDirectory(new TextEncoder().encode('PK\u0003\u0004 but nothing else'))).toEqual({ ok: false, error: 'it is not a ZIP archive (no central directory).' });
  });

  it('never throws on damaged archives', () => {
    const zip = makeZip([{ name: 'word/document.xml', data: new Uint8Array(64) }]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: zip.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: zip.length }), (at, value, cut) => {
        const damaged = zip.slice(0, cut);
        if (at < damaged.length) damaged[at] = value;
        const result = readZipDirectory(damaged);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('checkZipExpansion', () => {
  it('passes a real Word file', () => {
    const result = readZipDirectory(readShared('corpus/documents/docx/mammoth-testdata/tables.docx'));
    if (!result.ok) throw new Error(result.error);
    expect(checkZipExpansion(result.entries).ok).toBe(true);
  });

  it('refuses an archive whose parts add up past the limit', () => {
    const zip = makeZip([
      { name: 'word/document.xml', declaredCompressed: 150 * 1024 * 1024, declaredUncompressed: 150 * 1024 * 1024 },
      { name: 'word/media/big.png', declaredCompressed: 100 * 1024 * 1024, declaredUncompressed: 100 * 1024 * 1024 },
    ]);
    const result = readZipDirectory(zip);
    if (!result.ok) throw new Error(result.error);
    expect(checkZipExpansion(result.entries)).toEqual({ ok: false, error: 'it expands to 250 MB, over the 200 MB limit for documents.' });
  });

  it('refuses one part that expands a thousand times, as zip bombs do', () => {
    const zip = makeZip([{ name: 'word/document.xml', declaredCompressed: 10 * 1024, declaredUncompressed: 10 * 1024 * 1024 }]);
    const result = readZipDirectory(zip);
    if (!result.ok) throw new Error(result.error);
    expect(checkZipExpansion(result.entries)).toEqual({ ok: false, error: '“word/document.xml” inside it expands 1024 times, which only zip bombs do.' });
  });

  it('lets small parts compress as well as they like', () => {
    const entries = [{ name: 'word/styles.xml', method: 8, compressedSize: 10, uncompressedSize: 50_000, localHeaderOffset: 0 }];
    expect(checkZipExpansion(entries)).toEqual({ ok: true, totalBytes: 50_000 });
  });

  it('refuses archives with absurdly many entries', () => {
    const entry = { name: 'x', method: 0, compressedSize: 1, uncompressedSize: 1, localHeaderOffset: 0 };
    const result = checkZipExpansion(Array.from({ length: DEFAULT_ZIP_LIMITS.maxEntries + 1 }, () => entry));
    expect(result.ok).toBe(false);
  });
});

describe('looksLikeZip', () => {
  it('recognises the local file header signature only', () => {
    expect(looksLikeZip(makeZip([]))).toBe(false);
    expect(looksLikeZip(makeZip([{ name: 'a' }]))).toBe(true);
    expect(looksLikeZip(new TextEncoder().encode('PK'))).toBe(false);
  });
});
