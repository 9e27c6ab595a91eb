import { test, expect } from './fixtures';

test('the import size limit is a setting: a file over it is refused with a message, a bad value is refused too', async ({ app: page }) => {
  await page.getByRole('link', { name: /Settings/ }).click();
  const limit = page.getByLabel('Largest file to import (MB)');
  await expect(limit).toHaveValue('50');
  await limit.fill('0');
  await limit.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Largest file to import (MB)' })).toBeVisible();
  await limit.fill('1');
  await limit.press('Enter');
  await expect(page.getByTestId('notice-success')).toContainText('saved');
  await page.reload();
  await expect(page.getByLabel('Largest file to import (MB)')).toHaveValue('1');

  const big = Buffer.from('Paragraph of text. '.repeat(70_000));
  await page.getByLabel('Import files').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: big });
  await expect(page.getByTestId('notice-error')).toContainText('big.txt: It is 1.3 MB, over the 1.0 MB import limit. Raise “Largest file to import” in Settings');
  await expect(page.getByRole('link', { name: /Library/ })).toContainText('0');
});
