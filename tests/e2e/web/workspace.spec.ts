import { readFile, writeFile } from 'node:fs/promises';
import { test, expect, importSeed } from './fixtures';

test('the workspace exports to one JSON file and imports into a fresh workspace after confirmation', async ({ app: page, browser }, testInfo) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Workspace/ }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Default.footnote.json');
  const file = testInfo.outputPath('Default.footnote.json');
  await download.saveAs(file);
  const json = JSON.parse(await readFile(file, 'utf8'));
  expect(json).toMatchObject({ format: 'footnote-workspace', formatVersion: 1, workspace: 'Default' });
  expect(json.schemaVersion).toBeGreaterThanOrEqual(1);
  expect(json.tables.claims).toHaveLength(10);
  expect(json.tables.sourceFiles[0].base64.length).toBeGreaterThan(2000);

  // A fresh browser context is a fresh, empty IndexedDB.
  const fresh = await browser.newPage();
  await fresh.goto('/#/workspace');
  await expect(fresh.getByText('0 sources, 0 claims')).toBeVisible();
  await fresh.getByLabel('Import workspace').setInputFiles(file);
  const dialog = fresh.getByRole('dialog', { name: 'Replace the current workspace?' });
  await expect(dialog).toContainText('1 source, 10 claims, 12 citations');
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(fresh.getByText('1 source, 10 claims, 12 citations')).toBeVisible();
  await fresh.getByRole('link', { name: /Claims/ }).click();
  await expect(fresh.getByTestId('claim')).toHaveCount(10);
  await fresh.close();
});

test('a file that is not a valid workspace is refused with a message and changes nothing', async ({ app: page }, testInfo) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Workspace/ }).click();
  await expect(page.getByText('1 source, 10 claims, 12 citations')).toBeVisible();

  const notJson = testInfo.outputPath('broken.footnote.json');
  await writeFile(notJson, '{ this is not json');
  await page.getByLabel('Import workspace').setInputFiles(notJson);
  await expect(page.getByTestId('notice-error')).toContainText('not valid JSON');
  await expect(page.getByTestId('notice-error')).toContainText('Your current workspace is unchanged');

  const wrongShape = testInfo.outputPath('wrong.footnote.json');
  await writeFile(wrongShape, JSON.stringify({ format: 'footnote-workspace', formatVersion: 1, schemaVersion: 1, workspace: 'X', exportedAt: 'now', tables: { sources: [{ id: 1 }] } }));
  await page.getByLabel('Import workspace').setInputFiles(wrongShape);
  await expect(page.getByTestId('notice-error').last()).toContainText('damaged');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('1 source, 10 claims, 12 citations')).toBeVisible();
});

test('cancelling the confirmation keeps the current workspace', async ({ app: page }, testInfo) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Workspace/ }).click();
  const empty = testInfo.outputPath('empty.footnote.json');
  await writeFile(empty, JSON.stringify({ format: 'footnote-workspace', formatVersion: 1, schemaVersion: 1, workspace: 'Empty', exportedAt: '2026-01-01T00:00:00Z', tables: { sources: [], sourceFiles: [], texts: [], annotations: [], claims: [], citations: [], briefings: [], history: [] } }));
  await page.getByLabel('Import workspace').setInputFiles(empty);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('1 source, 10 claims, 12 citations')).toBeVisible();
});
