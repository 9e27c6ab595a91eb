import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { test, expect, SEED_FIXTURE, SHARED_DIR } from './fixtures';

async function pasteSeed(page: Page): Promise<void> {
  const seed = await readFile(SEED_FIXTURE, 'utf8');
  await page.getByRole('button', { name: 'Paste text…' }).first().click();
  await page.getByRole('textbox', { name: 'Text to import' }).fill(seed);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('notice-success')).toContainText('10 claims, 12 citations');
}

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

test('typing 稀土 finds the pasted seed source, with the word highlighted, and opens the reader at it', async ({ app: page }) => {
  await pasteSeed(page);
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('稀土');
  const source = results(page).locator('.search-result[data-kind="source"]');
  await expect(source).toHaveCount(1);
  await expect(source).toContainText('美日稀土协议难破中国“封锁”');
  await expect(source.locator('mark').first()).toHaveText('稀土');
  await source.locator('.search-result-open').click();
  await expect(page.getByRole('region', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('article').getByRole('heading', { name: '美日稀土协议难破中国“封锁”' })).toBeVisible();
});

test('focusing the empty search box leaves the view in front; the first key shows the results, Escape hides them', async ({ app: page }) => {
  await pasteSeed(page);
  const box = page.getByRole('searchbox', { name: 'Search everything' });
  await box.focus();
  // The panel is drawn hidden while the box has the focus, so the first key is answered at once.
  await expect(page.locator('.search-panel')).toBeAttached();
  await expect(page.getByRole('region', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Paste text…' }).first()).toBeVisible();
  await page.keyboard.type('稀土');
  await expect(results(page).locator('.search-result[data-kind="source"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Search' })).toBeHidden();
  await page.keyboard.type('出口');
  await expect(results(page)).toHaveAttribute('data-query', '稀土出口');
});

test('a word of the body opens the reader at the passage', async ({ app: page }) => {
  await pasteSeed(page);
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('deep-sea');
  const source = results(page).locator('.search-result[data-kind="source"]');
  await expect(source.locator('.search-result-snippet mark')).toHaveText(['deep', 'sea']);
  await source.getByRole('button').first().click();
  await expect(page).toHaveURL(/#\/library\/[^?]+\?at=\d+-\d+$/);
  await expect(page.getByRole('article')).toContainText('deep-sea rare earth mining');
});

test('a claim is found by a word typed as a prefix and with a typo, and opens in its evidence view', async ({ app: page }) => {
  await pasteSeed(page);
  const box = page.getByRole('searchbox', { name: 'Search everything' });
  await box.fill('neodym');
  const claim = results(page).locator('.search-result[data-kind="claim"]');
  await expect(claim).toHaveCount(1);
  await expect(claim.locator('.search-result-snippet mark')).toHaveText(['neodymium']);
  await box.fill('neodymuim');
  await expect(claim).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'also matching' })).toContainText('neodymium');
  await claim.getByRole('button').first().click();
  await expect(page).toHaveURL(/#\/claims\/[0-9a-f-]+$/);
  await expect(page.getByText('neodymium-iron-boron magnets').first()).toBeVisible();
});

test('filters narrow the results: kind, status and a saved search', async ({ app: page }) => {
  await pasteSeed(page);
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('rare earth');
  const filters = page.getByRole('group', { name: 'Search filters' });
  await expect(results(page).locator('.search-result[data-kind="source"]')).toHaveCount(1);
  const claims = results(page).locator('.search-result[data-kind="claim"]');
  const before = await claims.count();
  expect(before).toBeGreaterThan(1);
  await filters.getByLabel('Claims').check();
  await expect(results(page).locator('.search-result[data-kind="source"]')).toHaveCount(0);
  await expect(claims).toHaveCount(before);
  await filters.getByLabel('Status').selectOption('supported');
  await expect(claims).toHaveCount(0);
  await filters.getByLabel('Status').selectOption('');
  await filters.getByLabel('Stance').selectOption('contradicts');
  await expect(claims).toHaveCount(0);
  await filters.getByLabel('Stance').selectOption('supports');
  await expect(claims).toHaveCount(before);
  await filters.getByLabel('Name for this search').fill('Rare earth claims');
  await filters.getByRole('button', { name: 'Save search' }).click();
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('');
  await filters.getByLabel('Saved searches').selectOption({ label: 'Rare earth claims' });
  await expect(page.getByRole('searchbox', { name: 'Search everything' })).toHaveValue('rare earth');
  await expect(claims).toHaveCount(before);
});

test('Ctrl+K opens the command palette, which runs a command and jumps to a source', async ({ app: page }) => {
  await pasteSeed(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('option', { name: /Import files… File · Ctrl\+O/ })).toBeVisible();
  await palette.getByRole('combobox', { name: 'Command or place' }).fill('settings');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/#\/settings$/);

  await page.keyboard.press('Control+k');
  await palette.getByRole('combobox', { name: 'Command or place' }).fill('美日稀土');
  await palette.getByRole('option', { name: /美日稀土协议.*Source/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { name: '美日稀土协议难破中国“封锁”' })).toBeVisible();
});

test('a collection made in the palette gathers search results and filters the search', async ({ app: page }) => {
  await pasteSeed(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command or place' }).fill('collections');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Collections' });
  await dialog.getByLabel('New collection name').fill('Rare earths project');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('group', { name: 'Rare earths project' })).toContainText('0 sources · 0 claims · 0 briefings');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('magnets');
  await page.getByLabel('Collection to add the results to').selectOption({ label: 'Rare earths project' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Added 1 source and 1 claim');
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('rare earth');
  await page.getByRole('group', { name: 'Search filters' }).getByLabel('Collection').selectOption({ label: 'Rare earths project' });
  await expect(results(page).locator('.search-result[data-kind="claim"]')).toHaveCount(1);
});

test('on real news pages, a source result opens the reader with the matched words flashed', async ({ app: page }) => {
  for (const name of ['gmw', 'bbc-1']) {
    await page.getByLabel('Import files').setInputFiles(resolve(SHARED_DIR, 'corpus', 'readability', name, 'source.html'));
    await expect(page.getByTestId('notice-success').last()).toContainText('Imported');
  }
  // A Chinese word of the body of the Guangming Daily page, and an English phrase of the BBC's.
  for (const [query, expected] of [
    ['宇航员', '宇航员'],
    ['Louisiana', 'Louisiana'],
  ] as const) {
    await page.getByRole('searchbox', { name: 'Search everything' }).fill(query);
    const source = results(page).locator('.search-result[data-kind="source"]');
    await expect(source).toHaveCount(1);
    await expect(source.locator('.search-result-snippet mark').first()).toHaveText(expected);
    await source.locator('.search-result-open').click();
    await expect(page).toHaveURL(/\?at=\d+-\d+$/);
    await expect(page.locator('mark.flash')).toHaveText(expected);
  }
});
