import type { Download } from '@playwright/test';
import { test, expect, importSeed } from './fixtures';

// The browser cannot write backups on its own, so after 15 minutes of changes with no backup it reminds the analyst and
// offers the download. The page's clock is driven by Playwright: the minutes pass without the test waiting for them.
test('after 15 minutes of changes without a backup, a reminder offers the download; without changes, none comes', async ({ app: page }, testInfo) => {
  await page.clock.install();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // Quiet for 20 minutes: nothing changed, so nothing to remind of.
  await page.clock.runFor('20:00');
  await expect(page.getByText(/not backed it up for 15 minutes/u)).toHaveCount(0);

  await importSeed(page);
  await page.clock.runFor('14:00');
  await expect(page.getByText(/not backed it up for 15 minutes/u)).toHaveCount(0);
  await page.clock.runFor('02:00');
  const reminder = page.getByText(/You have changed this workspace and not backed it up for 15 minutes/u);
  await expect(reminder).toBeVisible();

  const download = new Promise<Download>((resolve) => page.once('download', resolve));
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.footnote-backup\.zip$/u);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);

  // The reminder offers a command, so it stays until used; used, it goes. Backed up, the next quarter of an hour brings
  // no new reminder while nothing changes.
  await expect(reminder).toHaveCount(0);
  await page.clock.runFor('16:00');
  await expect(page.getByText(/not backed it up for 15 minutes/u)).toHaveCount(0);
});
