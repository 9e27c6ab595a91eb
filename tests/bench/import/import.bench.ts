import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { ingestAnyFile } from '../../../renderer/src/workers/parsers/ingest-any-file';
import { importDocument } from '../../../renderer/src/db/import-source';
import { FootnoteDatabase } from '../../../renderer/src/db/database';
import type { NormalizedDocument } from '../../../shared/ingest/normalized-document';
import { fmt, median } from '../support/stats';

// The corpus, repeated to size: 200 HTML pages and 20 PDFs, as the issue asks.
const CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/corpus');
const HTML_PAGES = ['wikipedia-3', 'wikipedia-4', 'gmw', 'bbc-1', 'nytimes-1', 'wapo-1', 'cnn', 'medicalnewstoday', 'lemonde-1', 'aktualne', 'rtl-1'];
const PDFS = ['recognizePDF_test_title.pdf', 'wonderland_short.pdf', 'test.pdf', '05-versions-space.pdf'];
const HTML_COUNT = 200;
const PDF_COUNT = 20;
const RUNS = 3;

interface BenchFile {
  name: string;
  bytes: Uint8Array;
  copy: number;
}

function batch(): BenchFile[] {
  const files: BenchFile[] = [];
  for (let i = 0; i < HTML_COUNT; i++) {
    const page = HTML_PAGES[i % HTML_PAGES.length] ?? '';
    const html = readFileSync(resolve(CORPUS, 'readability', page, 'source.html'), 'utf8');
    files.push({ name: `${page}-${i}.html`, bytes: new TextEncoder().encode(html), copy: i });
  }
  for (let i = 0; i < PDF_COUNT; i++) {
    const pdf = PDFS[i % PDFS.length] ?? '';
    files.push({ name: `${i}-${pdf}`, bytes: new Uint8Array(readFileSync(resolve(CORPUS, 'documents/pdf', pdf))), copy: i });
  }
  return files;
}

// Repeated files would be skipped as duplicates, which is not the cost being measured; each copy is told apart after
// parsing by one appended line (a few bytes more to hash and store, nothing more to parse).
function distinct(doc: NormalizedDocument, copy: number): NormalizedDocument {
  return { ...doc, text: `${doc.text}\n\nCopy ${copy} of ${doc.meta.title}` };
}

async function parseAll(files: readonly BenchFile[]): Promise<NormalizedDocument[][]> {
  const out: NormalizedDocument[][] = [];
  for (const f of files) {
    const r = await ingestAnyFile(f.name, f.bytes);
    out.push(r.ok ? r.docs : []);
  }
  return out;
}

async function importAll(files: readonly BenchFile[], db: FootnoteDatabase): Promise<number> {
  let stored = 0;
  for (const f of files) {
    const r = await ingestAnyFile(f.name, f.bytes);
    if (!r.ok) continue;
    for (const doc of r.docs) {
      const outcome = await importDocument(db, {
        doc: distinct(doc, f.copy),
        origin: { method: 'file', fileName: f.name, size: f.bytes.length },
        file: { name: f.name, mime: '', bytes: f.bytes },
      });
      if (outcome.status === 'imported') stored++;
    }
  }
  return stored;
}

it('import: 200 HTML pages and 20 PDFs, whole import against parsing alone', async () => {
  const files = batch();
  await parseAll(files.slice(0, 15)); // warm up: load pdf.js, citation formatter and the JIT once, outside the timings
  const parseTimes: number[] = [];
  const importTimes: number[] = [];
  let stored = 0;
  let parsedDocs = 0;
  // Interleaved, so load on the shared machine falls on both alike.
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    parsedDocs = (await parseAll(files)).flat().length;
    parseTimes.push(performance.now() - t);
    const db = new FootnoteDatabase(`bench-import-${run}-${Math.random()}`);
    t = performance.now();
    stored = await importAll(files, db);
    importTimes.push(performance.now() - t);
    db.close();
  }
  const parseMs = median(parseTimes);
  const importMs = median(importTimes);
  console.log(`import files ${files.length} (200 HTML, 20 PDF), documents parsed ${parsedDocs}, stored ${stored}, runs ${RUNS}`);
  console.log(`import parse-only median ${fmt(parseMs, 0)} ms (${fmt((files.length / parseMs) * 1000, 1)} documents/s)`);
  console.log(`import whole median ${fmt(importMs, 0)} ms (${fmt((files.length / importMs) * 1000, 1)} documents/s)`);
  console.log(`import ratio ${fmt(importMs / parseMs)}x`);
});
