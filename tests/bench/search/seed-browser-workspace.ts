import type { Page } from '@playwright/test';
import { makeCorpusGenerator } from './generate-corpus';

/**
 * Writes the synthetic workspace straight into the app's IndexedDB database in the page, in batches, with raw
 * IndexedDB (not through the app's operations, so the index does not follow 110,000 single writes; the benchmark
 * builds it afterwards with "Rebuild index"). Returns the milliseconds spent generating and writing.
 */
export async function seedBrowserWorkspace(page: Page, dbName: string, sources: number, claims: number): Promise<number> {
  const script = `(async () => {
    const makeCorpusGenerator = ${makeCorpusGenerator.toString()};
    const gen = makeCorpusGenerator();
    const t0 = performance.now();
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open(${JSON.stringify(dbName)});
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const write = (stores, fill) => new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      fill(tx);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const BATCH = 500;
    for (let i = 0; i < ${sources}; i += BATCH) {
      await write(['sources', 'texts'], (tx) => {
        for (let k = i; k < Math.min(${sources}, i + BATCH); k++) {
          const { source, text } = gen.source(k);
          tx.objectStore('sources').put(source);
          tx.objectStore('texts').put(text);
        }
      });
    }
    for (let i = 0; i < ${claims}; i += BATCH * 4) {
      await write(['claims', 'citations'], (tx) => {
        for (let k = i; k < Math.min(${claims}, i + BATCH * 4); k++) {
          const { claim, citation } = gen.claim(k, ${sources});
          tx.objectStore('claims').put(claim);
          tx.objectStore('citations').put(citation);
        }
      });
    }
    db.close();
    return performance.now() - t0;
  })()`;
  return page.evaluate(script) as Promise<number>;
}
