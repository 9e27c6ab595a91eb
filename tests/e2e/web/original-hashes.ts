import type { Page } from '@playwright/test';

/** SHA-256 of every original file the page's workspace holds, read from its IndexedDB. */
export async function originalHashes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('footnote-Default');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows = await new Promise<{ bytes: Uint8Array }[]>((ok, fail) => {
      const request = db.transaction('sourceFiles').objectStore('sourceFiles').getAll();
      request.onsuccess = () => ok(request.result as { bytes: Uint8Array }[]);
      request.onerror = () => fail(request.error);
    });
    db.close();
    const hex = async (bytes: Uint8Array) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))].map((b) => b.toString(16).padStart(2, '0')).join('');
    return (await Promise.all(rows.map((r) => hex(r.bytes)))).sort();
  });
}
