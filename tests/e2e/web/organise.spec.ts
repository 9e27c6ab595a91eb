import type { Page } from '@playwright/test';
import { test, expect, importSeed } from './fixtures';
import { selectInReader } from './reader-helpers';

/** Notes two passages of the seed with tags, as the reader does. */
async function tagTwoPassages(page: Page): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  for (const [phrase, tags] of [
    // In the order of the text: the reader draws the blocks near the last selection.
    ["270,000 tons, which is 70% of the world's output", 'supply'],
    ['Over 90% of rare earth refining', 'refining, verify'],
  ] as const) {
    await selectInReader(page, phrase);
    await toolbar.getByRole('button', { name: 'Note' }).click();
    await page.getByRole('textbox', { name: `Tags on “${phrase.slice(0, 32)}`, exact: false }).fill(tags);
    await page.getByRole('textbox', { name: `Tags on “${phrase.slice(0, 32)}`, exact: false }).press('Enter');
  }
  await expect(page.getByTestId('annotation')).toHaveCount(2);
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command or place' }).fill(title);
  await page.keyboard.press('Enter');
}

const row = (page: Page, tag: string) => page.getByRole('dialog', { name: 'Tags' }).getByRole('row').filter({ has: page.getByRole('checkbox', { name: tag, exact: true }) });

test('the tag manager counts, renames, merges and deletes tags on every record', async ({ app: page }) => {
  await importSeed(page);
  await tagTwoPassages(page);
  await runCommand(page, 'Manage tags');
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  // The seed's own tag (Workflow) and the three just written.
  await expect(dialog.getByRole('checkbox')).toHaveCount(4);
  // Columns: tag, sources, annotations, claims.
  await expect(row(page, 'refining').getByRole('cell')).toHaveText(['refining', '0', '1', '0', 'Delete']);

  await dialog.getByRole('checkbox', { name: 'refining' }).check();
  await dialog.getByLabel('New name for the ticked tag').fill('processing');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Renamed “refining” to “processing” (1 records changed)');
  await expect(dialog.getByRole('checkbox', { name: 'refining' })).toHaveCount(0);
  await expect(row(page, 'processing').getByRole('cell')).toHaveText(['processing', '0', '1', '0', 'Delete']);

  await dialog.getByRole('checkbox', { name: 'verify' }).check();
  await dialog.getByRole('checkbox', { name: 'supply' }).check();
  await dialog.getByLabel('New name for the ticked tags (merge)').fill('check');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Merged 2 tags into “check” (2 records changed)');
  await expect(row(page, 'check').getByRole('cell')).toHaveText(['check', '0', '2', '0', 'Delete']);
  await expect(dialog.getByRole('checkbox')).toHaveCount(3);

  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.accept();
  });
  await row(page, 'check').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Deleted “check” (2 records changed)');
  expect(asked).toBe('Remove the tag “check” from 2 records?');
  await expect(dialog.getByRole('checkbox')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The records themselves changed, and search follows them.
  await expect(page.getByRole('textbox', { name: /Tags on “Over 90% of rare earth refining/ })).toHaveValue('processing');
  await expect(page.getByRole('textbox', { name: /Tags on “270,000 tons/ })).toHaveValue('');
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('tag:processing');
  const annotation = page.getByRole('list', { name: 'Search results' }).locator('.search-result[data-kind="annotation"]');
  await expect(annotation).toHaveCount(1);

  // Opening the annotation goes to its exact place in the source: the range it was made on.
  await page.getByRole('link', { name: /Settings/ }).click();
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('tag:processing');
  await annotation.locator('.search-result-open').click();
  await expect(page).toHaveURL(/\?at=\d+-\d+$/);
  const [, start, end] = /\?at=(\d+)-(\d+)$/.exec(decodeURIComponent(page.url())) ?? [];
  expect(Number(end) - Number(start)).toBe('Over 90% of rare earth refining'.length);
  await expect(page.getByRole('article')).toContainText('Over 90% of rare earth refining');
});

test('collections are created, filled from search, renamed and deleted without touching their members', async ({ app: page }) => {
  await importSeed(page);
  await runCommand(page, 'Manage collections');
  const dialog = page.getByRole('dialog', { name: 'Collections' });
  await dialog.getByLabel('New collection name').fill('Magnets');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('group', { name: 'Magnets' })).toContainText('0 sources · 0 claims · 0 briefings');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('searchbox', { name: 'Search everything' }).fill('neodymium');
  await page.getByLabel('Collection to add the results to').selectOption({ label: 'Magnets' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Added 1 source and 1 claim');
  await page.getByRole('button', { name: 'Close search' }).click();

  await runCommand(page, 'Manage collections');
  const magnets = dialog.getByRole('group', { name: 'Magnets' });
  await expect(magnets).toContainText('1 source · 1 claim · 0 briefings');
  page.once('dialog', (d) => void d.accept('Magnet supply'));
  await magnets.getByRole('button', { name: 'Rename' }).click();
  const renamed = dialog.getByRole('group', { name: 'Magnet supply' });
  await expect(renamed).toContainText('1 source · 1 claim');
  page.once('dialog', (d) => void d.accept());
  await renamed.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('group')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('link', { name: /Claims/ }).locator('.badge')).toHaveText('10');
});
