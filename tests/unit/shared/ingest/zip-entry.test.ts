import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { readZipDirectory } from '../../../../shared/ingest/zip-directory';
import { inflateBudget, readZipContents, readZipEntry, storedZip } from '../../../../shared/ingest/zip-entry';
import { readShared } from '../fixture-paths';
import { deflatedZeros, makeZip } from './zip-fixtures';

const MB = 1024 * 1024;

function entriesOf(zip: Uint8Array) {
  const directory = readZipDirectory(zip);
  if (!directory.ok) throw new Error(directory.error);
  return directory.entries;
}

describe('reading a zip entry under a byte budget', () => {
  it('inflates every part of a real Word file to exactly its declared size', () => {
    const zip = readShared('corpus/documents/docx/mammoth-testdata/footnotes.docx');
    const entries = entriesOf(zip);
    const budget = inflateBudget(200 * MB);
    const contents = readZipContents(zip, entries, budget);
    expect(contents.ok).toBe(true);
    if (!contents.ok) return;
    const declared = entries.filter((e) => !e.name.endsWith('/')).reduce((n, e) => n + e.uncompressedSize, 0);
    expect(200 * MB - budget.remainingBytes).toBe(declared);
    expect(new TextDecoder().decode(contents.files.get('word/document.xml')).startsWith('<?xml')).toBe(true);
    // The stored copy handed to mammoth reads back to the same parts.
    const copy = storedZip(contents.files);
    expect(readZipContents(copy, entriesOf(copy), inflateBudget(200 * MB))).toEqual(contents);
  });

  it('stops a part that declares 900 KB and inflates to 64 MB as soon as it passes 900 KB', () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: deflatedZeros(64), method: 8, declaredUncompressed: 900 * 1024 }]);
    const started = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const read = readZipEntry(bomb, entriesOf(bomb)[0]!, inflateBudget(200 * MB));
    expect(read).toEqual({ ok: false, reason: 'lies-about-size', error: expect.stringMatching(/“word\/document\.xml” inside it says it holds 900\.0 KB but unpacks to more.*zip bomb/) });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * MB);
  });

  it('charges every part to one budget, so many honest parts cannot add up past it', () => {
    const part = deflateSync(new Uint8Array(MB));
    const zip = makeZip(['a', 'b', 'c'].map((name) => ({ name, data: part, method: 8, declaredUncompressed: MB })));
    const contents = readZipContents(zip, entriesOf(zip), inflateBudget(2.5 * MB));
    expect(contents).toEqual({ ok: false, reason: 'over-budget', error: 'it unpacks to more than 2.5 MB (at “c”), over the limit for documents.' });
  });

  it('reports damaged deflate data and unknown methods without throwing', () => {
    const broken = makeZip([{ name: 'x.xml', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8, declaredUncompressed: 10 }]);
    expect(readZipEntry(broken, entriesOf(broken)[0]!, inflateBudget(MB))).toMatchObject({ ok: false, reason: 'damaged' });
    const short = makeZip([{ name: 'x.xml', data: deflateSync(new Uint8Array(10)), method: 8, declaredUncompressed: 11 }]);
    expect(readZipEntry(short, entriesOf(short)[0]!, inflateBudget(MB))).toMatchObject({ ok: false, reason: 'damaged' });
    const bzip = makeZip([{ name: 'x.xml', data: new Uint8Array(4), method: 12 }]);
    expect(readZipEntry(bzip, entriesOf(bzip)[0]!, inflateBudget(MB))).toMatchObject({ ok: false, reason: 'unsupported' });
  });
});
