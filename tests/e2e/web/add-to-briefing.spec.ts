import { test, expect, importSeed } from './fixtures';

test('claims are added to an existing briefing from the claims table and from the reader', async ({ app: page }) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Briefings/ }).click();
  await page.getByRole('button', { name: 'New briefing' }).click();
  await expect(page.getByRole('link', { name: /Briefings/ })).toContainText('1');

  await page.getByRole('link', { name: /Claims/ }).click();
  await page.getByRole('checkbox', { name: /Include in briefing: China holds a dominant position/ }).check();
  await page.getByRole('checkbox', { name: /Include in briefing: Over 90% of rare earth refining/ }).check();
  const bulk = page.getByRole('group', { name: 'Bulk actions on chosen claims' });
  await expect(bulk.getByLabel('Briefing to add to')).toHaveValue(/.+/);
  await bulk.getByRole('button', { name: 'Add to briefing' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('2 claims added to “Untitled briefing, ');

  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByRole('button', { name: 'Add these claims to briefing' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('8 claims added to “Untitled briefing, ');

  await page.getByRole('link', { name: /Briefings/ }).click();
  await expect(page.getByRole('link', { name: /Untitled briefing/ })).toContainText('10 items');
});
