import { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { importDocument } from '../../../../renderer/src/db/import-source';
import { ingestFile } from '../../../../shared/ingest/ingest-file';
import { readShared } from '../../shared/fixture-paths';

let counter = 0;

/** A fresh, empty workspace database for one test. */
export function freshDatabase(): FootnoteDatabase {
  counter += 1;
  return new FootnoteDatabase(`test-${process.pid}-${counter}-${Math.random()}`);
}

/** Imports the seed summary fixture as a user would import the file. */
export async function importSeed(db: FootnoteDatabase) {
  const bytes = readShared('fixtures/seed-summary-rare-earths.txt');
  const parsed = await ingestFile('seed-summary-rare-earths.txt', bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  const [doc] = parsed.docs;
  if (!doc) throw new Error('The seed fixture gave no document.');
  return importDocument(db, {
    doc,
    origin: { method: 'file', fileName: 'seed-summary-rare-earths.txt', mime: 'text/plain', size: bytes.length },
    file: { name: 'seed-summary-rare-earths.txt', mime: 'text/plain', bytes },
  });
}
