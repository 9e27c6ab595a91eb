import type { Page } from '@playwright/test';
import { test, expect, importSeed } from './fixtures';

const CLAIM = 'content is vague, lacking';

async function openClaims(page: Page, count: number): Promise<void> {
  await page.getByRole('link', { name: /^Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(count);
}

test('Ctrl+Z undoes a claim delete with its citations, Shift+Ctrl+Z and Ctrl+Y redo it; typing keeps its own undo', async ({ app: page }) => {
  await importSeed(page);
  await openClaims(page, 10);
  const row = page.getByTestId('claim').filter({ hasText: CLAIM });
  const citations = await row.getByTestId('citation').count();
  expect(citations).toBeGreaterThan(0);
  await row.getByRole('button', { name: /^Delete claim/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(9);

  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('notice-info').last()).toContainText(/Undid: delete claim “.*vague/);
  await expect(page.getByTestId('claim')).toHaveCount(10);
  await expect(row.getByTestId('citation')).toHaveCount(citations);

  await page.locator('body').press('Control+Shift+z');
  await expect(page.getByTestId('notice-info').last()).toContainText(/Redid: delete claim/);
  await expect(page.getByTestId('claim')).toHaveCount(9);
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('claim')).toHaveCount(10);
  await page.locator('body').press('Control+y');
  await expect(page.getByTestId('claim')).toHaveCount(9);
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('claim')).toHaveCount(10);

  // In a text field the key undoes typing, not the workspace.
  await page.getByRole('link', { name: new RegExp(CLAIM) }).click();
  const note = page.getByLabel('Note');
  await note.fill('typed, not saved');
  await note.press('Control+z');
  await openClaims(page, 10);
});

test('a claim’s history lists its changes in words and undoes the latest, and the Edit commands are in the palette', async ({ app: page }) => {
  await importSeed(page);
  await openClaims(page, 10);
  await page.getByRole('link', { name: new RegExp(CLAIM) }).click();
  await page.getByLabel('Note').fill('Checked against the original.');
  await page.getByLabel('Status', { exact: true }).selectOption('supported');
  await page.getByRole('button', { name: 'Save claim' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Claim saved.');

  const history = page.getByRole('list', { name: 'Changes to this claim and its citations' });
  await expect(history.getByRole('listitem').first()).toContainText(/edit claim “.*vague.*”: status, note/);
  await history.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('notice-info').last()).toContainText('Undid: edit claim');
  await expect(history.getByRole('listitem').first()).toContainText('undone');
  // The editor had nothing unsaved, so it shows the claim as it now is.
  await expect(page.getByLabel('Note')).toHaveValue('');
  await expect(page.getByLabel('Status', { exact: true })).not.toHaveValue('supported');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command or place' }).fill('Redo');
  await palette.getByRole('option', { name: /^Redo Edit/ }).click();
  await expect(page.getByTestId('notice-info').last()).toContainText('Redid: edit claim');
  await expect(page.getByLabel('Note')).toHaveValue('Checked against the original.');
});

test('two tabs: an edit in progress survives a change made in the other tab, and the analyst chooses', async ({ app: page }) => {
  await importSeed(page);
  await openClaims(page, 10);
  await page.getByRole('link', { name: new RegExp(CLAIM) }).click();
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.getByLabel('Note')).toBeVisible();

  // Unsaved input here; the other tab saves a change to the same claim.
  await page.getByLabel('Note').fill('My reading, not saved yet.');
  await other.getByLabel('Note').fill('Their reading.');
  await other.getByRole('button', { name: 'Save claim' }).click();

  const banner = page.getByRole('alert').filter({ hasText: 'This claim was changed elsewhere' });
  await expect(banner).toBeVisible();
  await expect(page.getByLabel('Note')).toHaveValue('My reading, not saved yet.');
  await expect(page.getByRole('button', { name: 'Save claim' })).toBeDisabled();
  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner).toBeHidden();
  // Kept and saved over theirs; the other tab had nothing unsaved, so it shows the result.
  await expect(other.getByLabel('Note')).toHaveValue('My reading, not saved yet.');

  // This time the other tab's version is taken.
  await page.getByLabel('Note').fill('A second draft.');
  await other.getByLabel('Status', { exact: true }).selectOption('disputed');
  await other.getByRole('button', { name: 'Save claim' }).click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Take theirs' }).click();
  await expect(page.getByLabel('Note')).toHaveValue('My reading, not saved yet.');
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('disputed');
  await other.close();
});

test('a source’s history, from the reader, lists its import and its notes’ changes, and undoes the latest', async ({ app: page }) => {
  await importSeed(page);
  await page.getByRole('button', { name: 'Correct title and authors' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title', { exact: true }).fill('Rare earths: the US–Japan deal');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('list', { name: 'Changes to this source and its notes' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('edit source “Rare earths: the US–Japan deal”: title');
  await expect(history.getByRole('listitem').last()).toContainText('import source');
  await history.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('notice-info').last()).toContainText('Undid: edit source');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: '美日稀土协议难破中国“封锁”' })).toBeVisible();
});
