import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../renderer/src/db/import-source';
import { authorsFromInput, correctSourceDetails } from '../../../../renderer/src/db/source-details';
import { ingestAnyFile } from '../../../../renderer/src/workers/parsers/ingest-any-file';
import { freshDatabase } from './test-database';

// A journal PDF whose metadata names an identifier and an account, imported as a user would (tests/fixtures/MANIFEST.md).
async function importTurkishPaper() {
  const db = freshDatabase();
  const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../fixtures/pdf/04-valid.pdf', import.meta.url))));
  const parsed = await ingestAnyFile('04-valid.pdf', bytes);
  if (!parsed.ok || !parsed.docs[0]) throw new Error('the fixture did not parse');
  const outcome = await importDocument(db, { doc: parsed.docs[0], origin: { method: 'file', fileName: '04-valid.pdf' } });
  return { db, sourceId: outcome.sourceId };
}

describe('correctSourceDetails', () => {
  it('stores the corrected title and authors and records the reading it replaced', async () => {
    const { db, sourceId } = await importTurkishPaper();
    expect((await db.sources.get(sourceId))?.title).toBe('Acute effect of speed exercise on nitric oxide (NO) level of footballers');
    const after = await correctSourceDetails(db, sourceId, { title: '  Acute effect of speed exercise on nitric oxide (NO) level of footballers ', authors: authorsFromInput('Özcan Saygın\n\n Özcan Saygın ') });
    expect(after.authors).toEqual(['Özcan Saygın']);
    expect(await db.sources.get(sourceId)).toEqual(after);
    const history = await db.history.where({ entity: 'source', entityId: sourceId }).toArray();
    const entry = history.find((h) => h.op === 'update');
    expect(entry?.before).toMatchObject({ sources: [{ authors: ['Özcan SAYGIN'] }] });
    expect(entry?.after).toMatchObject({ sources: [{ authors: ['Özcan Saygın'] }] });
  });

  it('refuses an empty title and changes nothing; an unchanged form writes no history', async () => {
    const { db, sourceId } = await importTurkishPaper();
    const before = await db.sources.get(sourceId);
    await expect(correctSourceDetails(db, sourceId, { title: '   ', authors: [] })).rejects.toThrow('A source needs a title.');
    await correctSourceDetails(db, sourceId, { title: before?.title ?? '', authors: before?.authors ?? [] });
    expect(await db.sources.get(sourceId)).toEqual(before);
    expect((await db.history.where({ entity: 'source', entityId: sourceId }).toArray()).filter((h) => h.op === 'update')).toEqual([]);
  });

  it('reads authors one a line or separated by semicolons, keeping commas inside a name', () => {
    expect(authorsFromInput('Jong, Michiel de; Ann Lee\nBo Wu')).toEqual(['Jong, Michiel de', 'Ann Lee', 'Bo Wu']);
  });
});
