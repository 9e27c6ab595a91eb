import { test, expect, importSeed } from './fixtures';

test('a malformed route or an id with a broken character never blanks the app', async ({ app: page }) => {
  for (const hash of ['#/claims/%E0%A4%A', '#/library/%', '#/briefings/%ED%BF%BFclaim', '#/%zz']) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.locator('main')).not.toBeEmpty();
  }
});

test('200,000 nested <div> are refused at once, naming the file, and the next import works', async ({ app: page }) => {
  const n = 200_000;
  const buffer = Buffer.from(`<html><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`);
  const started = Date.now();
  await page.getByLabel('Import files').setInputFiles({ name: 'deep.html', mimeType: 'text/html', buffer });
  const notice = page.getByTestId('notice-error');
  await expect(notice).toContainText('deep.html', { timeout: 5000 });
  await expect(notice).toContainText('nested more than 512 levels deep');
  const tookMs = Date.now() - started;
  test.info().annotations.push({ type: 'figure', description: `200,000 nested <div> refused in ${tookMs} ms in Chromium` });
  expect(tookMs).toBeLessThan(5000);
  await importSeed(page);
});
