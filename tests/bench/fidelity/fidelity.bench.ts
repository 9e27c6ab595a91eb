import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { ingestAnyFile } from '../../../renderer/src/workers/parsers/ingest-any-file';
import type { NormalizedDocument } from '../../../shared/ingest/normalized-document';
import { readabilityTruth } from './readability-truth';
import { scoreDocument, sumScores, type DocumentScore } from './score';
import { TruthSchema, type Truth } from './truth-file';

// Import fidelity on real documents: every document with a known truth is imported as a user would import it and
// compared with what it really says. `FIDELITY_DETAIL=1` prints each document's misses.
const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../../..');
const CORPUS = resolve(ROOT, '../shared/corpus');

function truths(): Truth[] {
  const dir = resolve(HERE, 'truth');
  const written = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => TruthSchema.parse(JSON.parse(readFileSync(resolve(dir, f), 'utf8'))));
  const pages = readdirSync(resolve(CORPUS, 'readability'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  // A written truth for a page (its reference list, its markers) adds to what Readability's output says.
  return [
    ...pages.map((page) => ({ ...readabilityTruth(resolve(CORPUS, 'readability', page), `corpus:readability/${page}/source.html`), ...written.find((t) => t.file === `corpus:readability/${page}/source.html`) })),
    ...written.filter((t) => !t.file.startsWith('corpus:readability/')),
  ];
}

function pathOf(file: string): string {
  return file.startsWith('corpus:') ? resolve(CORPUS, file.slice('corpus:'.length)) : resolve(ROOT, file);
}

async function importOne(truth: Truth): Promise<NormalizedDocument | null> {
  const path = pathOf(truth.file);
  const result = await ingestAnyFile(basename(path), new Uint8Array(readFileSync(path)));
  return result.ok ? (result.docs[0] ?? null) : null;
}

it('fidelity: titles, paragraphs, headings, references, markers and noise on real documents', async () => {
  const scores: DocumentScore[] = [];
  for (const truth of truths()) {
    const doc = await importOne(truth);
    const score = scoreDocument(truth, doc);
    scores.push(score);
    if (process.env.FIDELITY_DETAIL && score.misses.length > 0) console.log(`${truth.file}\n  ${score.misses.join('\n  ')}`);
  }
  const t = sumScores(scores);
  console.log(
    [
      `fidelity titles ${t.titles.hit}/${t.titles.of}`,
      `fidelity authors ${t.authors.hit}/${t.authors.of}`,
      `fidelity languages ${t.languages.hit}/${t.languages.of}`,
      `fidelity paragraphs within 10% ${t.paragraphs.hit}/${t.paragraphs.of}`,
      `fidelity first and last paragraph ${t.firstLast.hit}/${t.firstLast.of}`,
      `fidelity headings ${t.headings.hit}/${t.headings.of}`,
      `fidelity references exact ${t.references.hit}/${t.references.of}`,
      `fidelity markers kept ${t.markers.hit}/${t.markers.of}`,
      `fidelity noise paragraphs ${t.noise}`,
    ].join('\n'),
  );
});
