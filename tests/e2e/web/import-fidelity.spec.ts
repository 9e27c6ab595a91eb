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

test('a PDF with an author–year reference list over a page break shows its 12 entries, and its subsections as headings', async ({ app: page }) => {
  await page.getByLabel('Import files').setInputFiles(fixture('pdf/zoo.pdf'));
  await expect(page.getByTestId('notice-success')).toContainText('Imported');
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { level: 2 }).first()).toHaveText('zoo: An S3 Class and Methods for Indexed Totally Ordered Observations');
  const references = reader.getByRole('region', { name: 'References' }).getByRole('listitem');
  await expect(references).toHaveCount(12);
  await expect(references.first()).toContainText('Heywood G (2009). its: Irregular Time Series.');
  await expect(references.last()).toContainText('Zeileis A, Leisch F, Hornik K, Kleiber C (2002).');
  // Subsection titles set in body type are headings, not paragraphs; the reader shows only what is near, so Find brings them in.
  await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+F');
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  await find.fill('strucchange: Empirical fluctuation');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(reader.locator('.block-heading mark.find-current')).toHaveText('strucchange: Empirical fluctuation');
  await expect(reader.locator('.block-heading', { hasText: '3.1. strucchange: Empirical fluctuation processes' })).toBeVisible();
});
