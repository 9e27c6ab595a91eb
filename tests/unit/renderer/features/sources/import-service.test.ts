import { describe, expect, it } from 'vitest';
import { chooseEarlierVersion, importFiles, importPastedText, type DocumentParser } from '../../../../../renderer/src/features/sources/import-service';
import { createAnnotation } from '../../../../../renderer/src/db/annotations';
import { ingestFile, ingestPastedText } from '../../../../../shared/ingest/ingest-file';
import { readShared, readSharedText } from '../../../shared/fixture-paths';
import { freshDatabase } from '../../db/test-database';

// The worker's parsing, run in place: the service only needs something that answers like the ingest client.
const parser: DocumentParser = {
  parseFile: (name, bytes, options) => ingestFile(name, bytes, { maxBytes: options?.maxBytes }),
  parseText: async (text) => ingestPastedText(text),
};

const batch = { maxBytes: 50 * 1024 * 1024, signal: new AbortController().signal };

describe('import service', () => {
  it('imports a batch file by file: a bad file fails alone, the others are stored', async () => {
    const db = freshDatabase();
    const seed = readShared('fixtures/seed-summary-rare-earths.txt');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const outcomes = await importFiles(db, parser, [
      { name: 'notes.txt', mime: 'text/plain', bytes: png },
      { name: 'seed-summary-rare-earths.txt', mime: 'text/plain', bytes: seed },
    ], batch);
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'imported']);
    expect(outcomes[1]).toMatchObject({ claims: 10, citations: 12, file: 'seed-summary-rare-earths.txt' });
    expect(await db.sources.count()).toBe(1);
  });

  it('keeps two untitled pastes apart, and stores the second as a version only when asked', async () => {
    const db = freshDatabase();
    // Two stretches of a real text, pasted without a title line: both get the fallback title.
    const lines = readSharedText('corpus/documents/markdown/opencc-js/README.md').split('\n').filter((l) => /^[A-Za-z].{40,}/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const first = await importPastedText(db, parser, lines[0]!);
    const second = await importPastedText(db, parser, `${lines[0]!}\n\n${lines[1]!}`);
    if (!first.ok || !second.ok) throw new Error('the pastes did not parse');
    const [a] = first.outcomes;
    const [b] = second.outcomes;
    if (a?.status !== 'imported' || b?.status !== 'imported') throw new Error('expected two imports');
    expect(b.previousVersionId).toBeUndefined();
    expect(await db.sources.count()).toBe(2);

    const text = (await db.texts.get(a.sourceId))?.text ?? '';
    await createAnnotation(db, { sourceId: a.sourceId, start: 0, end: Math.min(30, text.length) });
    expect(b.versionCandidates.map((c) => c.sourceId)).toEqual([a.sourceId]);
    expect(await chooseEarlierVersion(db, b.sourceId, a.sourceId)).toMatch(/carried: 1 placed exactly/);
    expect(await db.annotations.where('sourceId').equals(b.sourceId).count()).toBe(1);
  });
});
