import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, importSeed, SEED_FIXTURE, SHARED_DIR } from './fixtures';
import { originalHashes } from './original-hashes';
import { selectInReader } from './reader-helpers';

// A real BBC page, cited by a claim made in the reader, deleted from the reader and restored with Ctrl+Z: claims,
// evidence, search and the Library follow each step, and the after-test audit finds no wrong link.

const BBC = resolve(SHARED_DIR, 'corpus/readability/bbc-1/source.html');
const BBC_TITLE = "Obama admits US gun laws are his 'biggest frustration'";
const PASSAGE = 'Louisiana, killing two people';
const CLAIM = 'A gunman killed two people in Louisiana';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

async function sourceCount(page: Page, count: number): Promise<void> {
  await expect(page.getByRole('link', { name: /Library/ })).toContainText(String(count));
}

async function searchSources(page: Page, query: string, count: number): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search everything' }).fill(query);
  await expect(results(page).locator('.search-result[data-kind="source"]')).toHaveCount(count);
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('');
  await page.keyboard.press('Escape');
}

test('deleting a cited real article keeps its claim, says its evidence was deleted, and Ctrl+Z restores everything byte for byte', async ({ app: page }) => {
  await importSeed(page);
  await page.getByLabel('Import files').setInputFiles(BBC);
  await expect(page.getByTestId('notice-success').last()).toContainText(`Imported “${BBC_TITLE}”`);
  await page.getByTestId('library-list').getByRole('link', { name: new RegExp(BBC_TITLE.slice(0, 20)) }).click();
  await expect(page.locator('#reader-title')).toHaveText(BBC_TITLE);
  await selectInReader(page, PASSAGE);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'New claim from selection' }).click();
  const make = page.getByRole('dialog', { name: 'New claim from selection' });
  await make.getByRole('textbox', { name: 'Claim' }).fill(CLAIM);
  await make.getByRole('button', { name: 'Create claim' }).click();
  await expect(page.locator('mark.citation')).toHaveText(PASSAGE);
  const hashesBefore = await originalHashes(page);
  expect(hashesBefore).toEqual([sha256(BBC), sha256(SEED_FIXTURE)].sort());
  await searchSources(page, 'Louisiana', 1);

  await page.getByRole('button', { name: 'Delete source…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete source' });
  await expect(confirm.getByTestId('delete-source-summary')).toContainText('1 claim cites it, 0 briefings include that claim.');
  await expect(confirm).toContainText('1 claim would be left without a citation');
  await confirm.getByRole('button', { name: 'Delete source' }).click();
  await expect(page.getByTestId('notice-info').last()).toContainText(`Deleted “${BBC_TITLE}”: 1 citation and 0 notes went with it.`);
  await sourceCount(page, 1);
  await expect(page.getByTestId('library-list')).not.toContainText(BBC_TITLE);
  expect(await originalHashes(page)).toEqual([sha256(SEED_FIXTURE)]);
  await searchSources(page, 'Louisiana', 0);

  // The claim stays, without citations, and its evidence view says where they went.
  await page.getByRole('link', { name: /^Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(11);
  await page.getByRole('link', { name: CLAIM }).click();
  const deleted = page.getByTestId('deleted-evidence');
  await expect(deleted.getByRole('heading')).toHaveText('Its evidence was deleted');
  await expect(deleted).toContainText(`1 citation went with the source “${BBC_TITLE}”`);
  await expect(page.getByRole('group', { name: 'Supporting citations' }).getByRole('listitem')).toHaveCount(0);

  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('notice-info').last()).toContainText(`Undid: delete source “${BBC_TITLE.slice(0, 30)}`);
  await expect(deleted).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Supporting citations' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Supporting citations' })).toContainText(PASSAGE);
  await sourceCount(page, 2);
  expect(await originalHashes(page)).toEqual(hashesBefore);
  await searchSources(page, 'Louisiana', 1);
  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByTestId('library-list').getByRole('link', { name: new RegExp(BBC_TITLE.slice(0, 20)) }).click();
  await expect(page.locator('mark.citation')).toHaveText(PASSAGE);
});

test('Ctrl+Z after an import takes back the source and the claims it made; Shift+Ctrl+Z brings them back', async ({ app: page }) => {
  await importSeed(page);
  await sourceCount(page, 1);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('notice-info').last()).toContainText('Undid: import source');
  await expect(page.getByRole('heading', { name: 'No sources yet' })).toBeVisible();
  await page.getByRole('link', { name: /^Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(0);
  await searchSources(page, 'neodymium', 0);

  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.locator('body').press('Control+Shift+z');
  await expect(page.getByTestId('notice-info').last()).toContainText('Redid: import source');
  await expect(page.getByTestId('claim')).toHaveCount(10);
  expect(await originalHashes(page)).toEqual([sha256(SEED_FIXTURE)]);
  await searchSources(page, 'neodymium', 1);
});

test('the trash is listed under Workspace ▸ Storage; once emptied, the deletion says plainly it cannot be undone', async ({ app: page }) => {
  await importSeed(page);
  // From the command palette this time, as the reader's header button does.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command or place' }).fill('Delete source');
  await palette.getByRole('option', { name: /^Delete source…/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete source' });
  await expect(confirm.getByTestId('delete-source-summary')).toContainText('10 claims cite it');
  await confirm.getByRole('button', { name: 'Delete source' }).click();
  await expect(page.getByRole('heading', { name: 'No sources yet' })).toBeVisible();

  await page.getByRole('link', { name: /Workspace/ }).click();
  await expect(page.getByTestId('trash-summary')).toContainText('1 deleted source');
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('group', { name: 'Empty the trash?' }).getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByTestId('trash-summary')).toHaveText('The trash is empty.');

  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('notice-error').last()).toContainText('no longer in the trash');
  await sourceCount(page, 0);
});
