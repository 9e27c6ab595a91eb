import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { test, expect, importSeed, SEED_FIXTURE, SHARED_DIR } from './fixtures';
import { originalHashes } from './original-hashes';

const CORPUS_ORIGINALS = ['documents/pdf/recognizePDF_test_title.pdf', 'documents/docx/mammoth-testdata/footnotes.docx'];

test('a backup archive with a PDF and a Word original restores into a fresh profile after a preview, byte for byte', async ({ app: page, browser }, testInfo) => {
  test.setTimeout(120_000);
  await importSeed(page);
  await page.getByLabel('Import files').setInputFiles(CORPUS_ORIGINALS.map((p) => resolve(SHARED_DIR, 'corpus', p)));
  const summary = page.getByRole('dialog', { name: 'Import finished' });
  await expect(summary).toContainText('2 imported', { timeout: 60_000 });
  await summary.getByRole('button', { name: 'Close' }).click();
  const expected = [SEED_FIXTURE, ...CORPUS_ORIGINALS.map((p) => resolve(SHARED_DIR, 'corpus', p))].map((path) => createHash('sha256').update(readFileSync(path)).digest('hex')).sort();
  expect(await originalHashes(page)).toEqual(expected);

  await page.getByRole('link', { name: /Workspace/ }).click();
  await expect(page.getByTestId('storage-persistence')).toBeVisible();
  await expect(page.getByTestId('storage-usage')).toContainText('Using');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}T[\d-]+Z-manual-Default\.footnote-backup\.zip$/);
  await expect(page.getByTestId('notice-success').filter({ hasText: 'Backup saved' })).toContainText('3 sources, 10 claims, 12 citations');
  await expect(page.getByTestId('last-backup')).toContainText('Last backup');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const entries = unzipSync(readFileSync(file));
  expect(Object.keys(entries)).toEqual(expect.arrayContaining(['manifest.json', 'tables/sources.jsonl', 'tables/claims.jsonl', 'tables/sourceFiles.jsonl']));
  // Each original is its own entry, its bytes as they were (numbered in the order the database lists them).
  const originals = Object.keys(entries).filter((name) => name.startsWith('originals/'));
  expect(originals.map((name) => name.split('.').pop()).sort()).toEqual(['docx', 'pdf', 'txt']);
  expect(originals.map((name) => createHash('sha256').update(entries[name]!).digest('hex')).sort()).toEqual(expected);
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  expect(manifest).toMatchObject({ format: 'footnote-backup', formatVersion: 1, workspace: 'Default', counts: { sources: 3, claims: 10, citations: 12 }, originals: { count: 3 } });

  // A fresh browser context is a fresh, empty IndexedDB.
  const fresh = await browser.newPage();
  await fresh.goto('/#/workspace');
  await expect(fresh.getByText('0 sources, 0 claims')).toBeVisible();
  await fresh.getByLabel('Restore from a file…').setInputFiles(file);
  const dialog = fresh.getByRole('dialog', { name: 'Replace the current workspace?' });
  await expect(dialog.getByTestId('backup-preview')).toContainText('3 sources, 10 claims, 12 citations, 0 annotations, 0 briefings, 3 original files');
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(fresh.getByTestId('notice-success')).toContainText('Workspace restored from');
  await expect(fresh.getByTestId('notice-success')).toContainText('3 sources, 10 claims, 12 citations, 0 annotations, 0 briefings, 3 original files');
  await expect(fresh.getByRole('region', { name: '“Default” holds' })).toContainText('3 sources, 10 claims, 12 citations');
  expect(await originalHashes(fresh)).toEqual(expected);
  // The restore ran in the backup worker; the search index follows it like any other committed change.
  await fresh.getByRole('searchbox', { name: 'Search everything' }).fill('deep-sea');
  await expect(fresh.locator('.search-result[data-kind="source"]').first()).toBeVisible();
  await fresh.keyboard.press('Escape');
  await fresh.getByRole('link', { name: /Claims/ }).click();
  await expect(fresh.getByTestId('claim')).toHaveCount(10);
  await fresh.close();
});

test('a workspace file of the earlier JSON format still restores', async ({ app: page }, testInfo) => {
  const legacy = testInfo.outputPath('old.footnote.json');
  await writeFile(legacy, JSON.stringify({ format: 'footnote-workspace', formatVersion: 1, schemaVersion: 1, workspace: 'Old', exportedAt: '2026-01-01T00:00:00Z', tables: { sources: [], sourceFiles: [], texts: [], annotations: [], claims: [], citations: [], briefings: [], history: [] } }));
  await page.getByRole('link', { name: /Workspace/ }).click();
  await page.getByLabel('Restore from a file…').setInputFiles(legacy);
  const dialog = page.getByRole('dialog', { name: 'Replace the current workspace?' });
  await expect(dialog).toContainText('workspace “Old”');
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByTestId('notice-success')).toContainText('Workspace restored from “old.footnote.json”: 0 sources');
});

test('a hostile archive is refused with a message and changes nothing', async ({ app: page }, testInfo) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Workspace/ }).click();
  // A zip bomb that lies: its directory declares 10 bytes for an entry that inflates to 50 MB.
  const manifest = { format: 'footnote-backup', formatVersion: 1, schemaVersion: 8, workspace: 'Bomb', createdAt: '2026-11-30T00:00:00Z', counts: {}, originals: { count: 0, bytes: 0 } };
  const bomb = zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), 'tables/history.jsonl': new Uint8Array(50 * 1024 * 1024).fill(0x0a) });
  const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
  for (let at = bomb.length - 22; at > 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(bomb.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
    if (name === 'tables/history.jsonl') view.setUint32(at + 24, 10, true);
  }
  const path = testInfo.outputPath('bomb.footnote-backup.zip');
  await writeFile(path, bomb);
  await page.getByLabel('Restore from a file…').setInputFiles(path);
  await expect(page.getByTestId('notice-error')).toContainText('was not restored');
  await expect(page.getByTestId('notice-error')).toContainText('zip bomb');
  await expect(page.getByTestId('notice-error')).toContainText('Your current workspace is unchanged');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const stranger = testInfo.outputPath('photos.zip');
  await writeFile(stranger, zipSync({ 'holiday.jpg': new Uint8Array(100) }));
  await page.getByLabel('Restore from a file…').setInputFiles(stranger);
  await expect(page.getByTestId('notice-error').last()).toContainText('This is not a Footnote backup');
  await expect(page.getByText('1 source, 10 claims, 12 citations')).toBeVisible();
});

test('a file that is not a valid workspace is refused with a message and changes nothing', async ({ app: page }, testInfo) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Workspace/ }).click();
  await expect(page.getByText('1 source, 10 claims, 12 citations')).toBeVisible();

  const notJson = testInfo.outputPath('broken.footnote.json');
  await writeFile(notJson, '{ this is not json');
  await page.getByLabel('Restore from a file…').setInputFiles(notJson);
  await expect(page.getByTestId('notice-error')).toContainText('not valid JSON');
  await expect(page.getByTestId('notice-error')).toContainText('Your current workspace is unchanged');

  const wrongShape = testInfo.outputPath('wrong.footnote.json');
  await writeFile(wrongShape, JSON.stringify({ format: 'footnote-workspace', formatVersion: 1, schemaVersion: 1, workspace: 'X', exportedAt: 'now', tables: { sources: [{ id: 1 }] } }));
  await page.getByLabel('Restore from a file…').setInputFiles(wrongShape);
  await expect(page.getByTestId('notice-error').last()).toContainText('damaged');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('1 source, 10 claims, 12 citations')).toBeVisible();
});

test('cancelling the confirmation keeps the current workspace', async ({ app: page }, testInfo) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Workspace/ }).click();
  const empty = testInfo.outputPath('empty.footnote.json');
  await writeFile(empty, JSON.stringify({ format: 'footnote-workspace', formatVersion: 1, schemaVersion: 1, workspace: 'Empty', exportedAt: '2026-01-01T00:00:00Z', tables: { sources: [], sourceFiles: [], texts: [], annotations: [], claims: [], citations: [], briefings: [], history: [] } }));
  await page.getByLabel('Restore from a file…').setInputFiles(empty);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('1 source, 10 claims, 12 citations')).toBeVisible();
});
