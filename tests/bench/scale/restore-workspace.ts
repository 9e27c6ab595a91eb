// Puts a generated workspace into the app the way a user does: "Restore from a file…" on the Workspace view, then
// "Replace workspace" in the confirmation; and the raw IndexedDB baseline a restore is compared with.
import { writeFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import type { WorkspaceFile } from '../../../shared/model';

/** Writes the workspace file and hands it to the page through a file input of its own (the browser reads it from disk); returns the file's path. */
export async function stageWorkspaceFile(page: Page, file: WorkspaceFile, path: string): Promise<string> {
  await writeFile(path, JSON.stringify(file));
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-workspace-file';
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator('#bench-workspace-file').setInputFiles(path);
  return path;
}

/** Restores the file through the Workspace view; returns the milliseconds from "Replace workspace" to the success notice. */
export async function restoreThroughApp(page: Page, path: string, counts: { sources: number; claims: number }): Promise<number> {
  await page.evaluate(() => (location.hash = '#/workspace'));
  await page.getByLabel('Restore from a file…').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Replace the current workspace?' });
  await expect(dialog).toContainText(`${counts.sources.toLocaleString('en')} sources, ${counts.claims.toLocaleString('en')} claims`, { timeout: 300_000 });
  const replace = dialog.getByRole('button', { name: 'Replace workspace' });
  const restored = page.getByTestId('notice-success').filter({ hasText: 'Workspace restored' });
  // The previous restore's notice fades first, so the next one is not mistaken for it.
  await expect(restored).toHaveCount(0, { timeout: 60_000 });
  const t0 = Date.now();
  await replace.click();
  await expect(restored.or(page.getByTestId('notice-error')).first()).toBeVisible({ timeout: 600_000 });
  const ms = Date.now() - t0;
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
  return ms;
}

/**
 * Reads back every row a restore left in the workspace's database, with each store's key path and indexes as the
 * database itself declares them, for the raw baseline to write again. Rows of the restore's own bookkeeping (the
 * history row saying "restored") come too: they are rows a restore writes.
 */
export async function captureRestoredRows(page: Page): Promise<{ store: string; rows: number }[]> {
  return page.evaluate(async () => {
    interface Captured { keyPath: string | string[] | null; autoIncrement: boolean; indexes: { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[]; rows: unknown[] }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('footnote-Default');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores: Record<string, Captured> = {};
    const tx = db.transaction([...db.objectStoreNames], 'readonly');
    await Promise.all(
      [...db.objectStoreNames].map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const os = tx.objectStore(name);
            const indexes = [...os.indexNames].map((i) => {
              const index = os.index(i);
              return { name: i, keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique };
            });
            const all = os.getAll();
            all.onsuccess = () => {
              stores[name] = { keyPath: os.keyPath, autoIncrement: os.autoIncrement, indexes, rows: all.result };
              resolve();
            };
            all.onerror = () => reject(all.error);
          }),
      ),
    );
    db.close();
    (window as unknown as { __benchStores?: Record<string, Captured> }).__benchStores = stores;
    return Object.entries(stores).map(([store, c]) => ({ store, rows: c.rows.length }));
  });
}

/**
 * The floor a restore is measured against: the rows captured by `captureRestoredRows` written straight into a new
 * IndexedDB database with the same stores, keys and indexes, in one transaction, with nothing else done. `leaveOut`
 * names stores not to write (the derived ones, for the file's rows alone). Returns milliseconds.
 */
export async function rawIndexedDbWrite(page: Page, run: number, leaveOut: readonly string[] = []): Promise<number> {
  return page.evaluate(
    async ({ run, leaveOut }) => {
      interface Captured { keyPath: string | string[] | null; autoIncrement: boolean; indexes: { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[]; rows: unknown[] }
      const all = (window as unknown as { __benchStores: Record<string, Captured> }).__benchStores;
      const stores = Object.fromEntries(Object.entries(all).filter(([name]) => !leaveOut.includes(name)));
      const name = `raw-bench-${run}`;
      await new Promise((resolve) => {
        const del = indexedDB.deleteDatabase(name);
        del.onsuccess = del.onerror = del.onblocked = resolve;
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          for (const [store, spec] of Object.entries(stores)) {
            const os = open.result.createObjectStore(store, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
            for (const index of spec.indexes) os.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
          }
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const t0 = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(Object.keys(stores), 'readwrite');
        for (const [store, spec] of Object.entries(stores)) {
          const os = tx.objectStore(store);
          for (const row of spec.rows) os.put(row);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const ms = performance.now() - t0;
      db.close();
      await new Promise((resolve) => {
        const del = indexedDB.deleteDatabase(name);
        del.onsuccess = del.onerror = del.onblocked = resolve;
      });
      return ms;
    },
    { run, leaveOut },
  );
}

/** Frees the rows the raw baseline held in the page, and collects them now: left to the collector, their hundreds of megabytes were freed in one long task in the middle of a measured view. */
export async function dropRawRows(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete (window as unknown as { __benchStores?: unknown }).__benchStores;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}
