import { test, expect, importSeed } from './fixtures';
import { selectInReader } from './reader-helpers';

// Screenshots of each view, for looking at the app as a user does; `npm run screenshots` writes them where the README shows them.
test('screenshots of the main views', async ({ app: page }, testInfo) => {
  const OUT = process.env.SCREENSHOT_DIR ?? testInfo.outputPath();
  await page.setViewportSize({ width: 1280, height: 800 });
  await importSeed(page);
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByTestId('notice-success')).toHaveCount(0);
  await page.screenshot({ path: `${OUT}/library.png` });
  await selectInReader(page, "270,000 tons, which is 70% of the world's output");
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Note' }).click();
  await page.getByRole('textbox', { name: /Note on/ }).fill('Key figure: check against USGS Mineral Commodity Summaries');
  await selectInReader(page, 'Over 90% of rare earth refining is controlled by China');
  await page.screenshot({ path: `${OUT}/reader-annotating.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(10);
  await page.screenshot({ path: `${OUT}/claims.png` });
  await page.getByRole('button', { name: 'Export briefing' }).click();
  await page.screenshot({ path: `${OUT}/export-dialog.png` });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await download;
  await page.getByRole('link', { name: /Briefings/ }).click();
  await expect(page.getByRole('article', { name: 'Briefing preview' })).toContainText('Sources');
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await page.screenshot({ path: `${OUT}/briefings.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('link', { name: /Library/ }).click();
  await page.screenshot({ path: `${OUT}/library-dark.png` });
});
