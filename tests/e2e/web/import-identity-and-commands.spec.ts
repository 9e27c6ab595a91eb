import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, importSeed, SHARED_DIR } from './fixtures';
import { selectInReader } from './reader-helpers';

// Real prose to paste: the paragraphs Readability extracts from a BBC article (../shared/corpus/readability/bbc-1).
async function bbcParagraphs(): Promise<string[]> {
  const html = await readFile(resolve(SHARED_DIR, 'corpus/readability/bbc-1/expected.html'), 'utf8');
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()).filter((p) => p.length > 60);
}

async function paste(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste text…' }).first().click();
  await page.getByRole('textbox', { name: 'Text to import' }).fill(text);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

test('two pastes without a title line stay two unrelated sources, each with its own annotations', async ({ app: page }) => {
  const paragraphs = await bbcParagraphs();
  const [p1, p2, p3, p4] = paragraphs;
  if (!p1 || !p2 || !p3 || !p4) throw new Error('the corpus page has too few paragraphs');

  await paste(page, `${p1}\n\n${p2}`);
  await expect(page.getByTestId('notice-success')).toContainText('Imported “Pasted text”');
  await selectInReader(page, p1.slice(0, 40));
  await page.keyboard.press('h');
  await expect(page.getByTestId('annotation')).toHaveCount(1);

  await paste(page, `${p3}\n\n${p4}`);
  // The same fallback title is a guess the analyst may confirm, never a link made for them.
  const summary = page.getByRole('dialog', { name: 'Import finished' });
  await expect(summary).toContainText('1 imported');
  await expect(summary).not.toContainText('a new version of a source already here');
  await expect(summary.getByLabel('This is a new version of')).toHaveValue('');
  await summary.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('link', { name: /Library/ })).toContainText('2');
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('link');
  await expect(sources.filter({ hasText: 'Pasted text' })).toHaveCount(2);
  // The second paste was carried nothing: its reader shows no annotation, and the first keeps its own.
  await expect(page.getByRole('article')).toContainText(p3.slice(0, 40));
  await expect(page.getByTestId('annotation')).toHaveCount(0);
  await sources.filter({ hasText: 'Pasted text' }).last().click();
  await expect(page.getByRole('article')).toContainText(p1.slice(0, 40));
  await expect(page.getByTestId('annotation')).toHaveCount(1);
});

test('the analyst can store a paste as a new version of an earlier one, which carries its annotations', async ({ app: page }) => {
  const [p1, p2] = await bbcParagraphs();
  if (!p1 || !p2) throw new Error('the corpus page has too few paragraphs');
  await paste(page, `${p1}\n\n${p2}`);
  await expect(page.getByTestId('notice-success')).toContainText('Imported “Pasted text”');
  await selectInReader(page, p2.slice(0, 40));
  await page.keyboard.press('h');
  await expect(page.getByTestId('annotation')).toHaveCount(1);

  await paste(page, `${p2}\n\nA paragraph the editors added later, below the original text.`);
  const summary = page.getByRole('dialog', { name: 'Import finished' });
  await summary.getByLabel('This is a new version of').selectOption({ index: 1 });
  await summary.getByRole('button', { name: 'Store as new version' }).click();
  await expect(summary.getByRole('status')).toContainText('carried: 1 placed exactly');
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('annotation')).toHaveCount(1);
});

test('Ctrl+E opens the export dialog once: a later visit to Claims does not open it again', async ({ app: page }) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByRole('heading', { name: 'Claims', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+E');
  // Nothing is chosen, so the command asks before exporting.
  const dialog = page.getByRole('dialog', { name: 'No claims chosen' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('link', { name: /Library/ }).click();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByRole('heading', { name: 'Claims', level: 1 })).toBeVisible();
  // Give a replayed command every chance to show itself before saying it did not.
  await page.waitForTimeout(500);
  await expect(dialog).toHaveCount(0);

  // From another view, Ctrl+E goes to Claims and opens the dialog, once.
  await page.getByRole('link', { name: /Library/ }).click();
  await page.keyboard.press('Control+E');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByRole('heading', { name: 'Claims', level: 1 })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(dialog).toHaveCount(0);
});
