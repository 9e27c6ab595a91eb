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
 * Writes the same rows (sources, texts, annotations, claims, citations, with the same keys and indexes the app
 * declares for them) straight into a separate IndexedDB database in one transaction: the floor a restore is measured
 * against. Returns milliseconds.
 */
export async function rawIndexedDbWrite(page: Page, run: number): Promise<number> {
  return page.evaluate(async (run) => {
    type Rows = Record<string, unknown[]>;
    const w = window as unknown as { __benchRows?: Rows };
    if (!w.__benchRows) {
      const input = document.getElementById('bench-workspace-file') as HTMLInputElement;
      w.__benchRows = (JSON.parse(await input.files![0]!.text()) as { tables: Rows }).tables;
    }
    const rows = w.__benchRows;
    const name = `raw-bench-${run}`;
    await new Promise((resolve) => {
      const del = indexedDB.deleteDatabase(name);
      del.onsuccess = del.onerror = del.onblocked = resolve;
    });
    const stores: Record<string, { keyPath: string; indexes: [string, string | string[], boolean][] }> = {
      sources: { keyPath: 'id', indexes: [['contentHash', 'contentHash', false], ['publishedAt', 'publishedAt', false], ['importedAt', 'importedAt', false], ['tags', 'tags', true], ['title', 'title', false], ['url', 'url', false], ['previousVersionId', 'previousVersionId', false]] },
      texts: { keyPath: 'sourceId', indexes: [] },
      annotations: { keyPath: 'id', indexes: [['sourceId', 'sourceId', false], ['tags', 'tags', true], ['updatedAt', 'updatedAt', false]] },
      claims: { keyPath: 'id', indexes: [['status', 'status', false], ['tags', 'tags', true], ['updatedAt', 'updatedAt', false], ['originSourceId', 'originSourceId', false], ['measureKeys', 'measureKeys', true]] },
      citations: { keyPath: 'id', indexes: [['claimId', 'claimId', false], ['sourceId', 'sourceId', false], ['claimId+sourceId', ['claimId', 'sourceId'], false], ['resolvedSourceId', 'resolvedSourceId', false]] },
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        for (const [store, spec] of Object.entries(stores)) {
          const os = open.result.createObjectStore(store, { keyPath: spec.keyPath });
          for (const [index, keyPath, multiEntry] of spec.indexes) os.createIndex(index, keyPath, { multiEntry });
        }
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(stores), 'readwrite');
      for (const store of Object.keys(stores)) {
        const os = tx.objectStore(store);
        for (const row of rows[store] ?? []) os.put(row);
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
  }, run);
}

/** Frees the rows the raw baseline held in the page. */
export async function dropRawRows(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete (window as unknown as { __benchRows?: unknown }).__benchRows;
  });
}
