import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

const fixture = (p: string) => resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures', p);

test('a journal PDF shows its printed title, author and reference list, and a corrected title is kept', async ({ app: page }) => {
  // Its metadata says "sag-39-3-4-0902-21:sag-0" by "tubitak"; the first page says otherwise.
  await page.getByLabel('Import files').setInputFiles(fixture('pdf/04-valid.pdf'));
  await expect(page.getByTestId('notice-success')).toContainText('Imported');
  const reader = page.getByRole('article');
  const title = reader.getByRole('heading', { level: 2 }).first();
  await expect(title).toHaveText('Acute effect of speed exercise on nitric oxide (NO) level of footballers');
  await expect(reader.locator('.reader-byline')).toContainText('Özcan SAYGIN');
  await expect(reader.getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveCount(23);
  await expect(reader.getByRole('region', { name: 'References' })).toContainText('Palmer RMJ, Ferrige AG, Moncada S.');

  await reader.getByRole('button', { name: 'Correct title and authors' }).click();
  const dialog = page.getByRole('dialog', { name: 'Title and authors' });
  await dialog.getByLabel('Title').fill('Acute effect of speed exercise on nitric oxide level of footballers');
  await dialog.getByLabel('Authors, one a line').fill('Özcan Saygın');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(title).toHaveText('Acute effect of speed exercise on nitric oxide level of footballers');

  await page.reload();
  await page.getByRole('region', { name: 'Sources' }).getByRole('link').first().click();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 }).first()).toHaveText('Acute effect of speed exercise on nitric oxide level of footballers');
  await expect(page.getByRole('article').locator('.reader-byline')).toContainText('Özcan Saygın');
});
