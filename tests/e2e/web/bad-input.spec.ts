import { test, expect, importSeed } from './fixtures';
import type { Page } from '@playwright/test';

async function claimCount(page: Page): Promise<string | null> {
  return page.getByRole('link', { name: /Claims/ }).textContent();
}

test.describe('bad input gets a clear message and changes nothing already stored', () => {
  test('an empty paste', async ({ app: page }) => {
    await importSeed(page);
    await page.getByRole('button', { name: 'Paste text…' }).first().click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Paste some text first: the box is empty.');
    await page.getByRole('textbox', { name: 'Text to import' }).fill('   \n\n  ');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await claimCount(page)).toContain('10');
  });

  test('a binary file renamed .txt', async ({ app: page }) => {
    await importSeed(page);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1d1e0c50000000049454e44ae426082', 'hex');
    await page.getByLabel('Import files').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: png });
    await expect(page.getByTestId('notice-error')).toContainText(/“notes.txt”: This looks like a PNG image, which Footnote cannot import/);
    await expect(page.getByRole('link', { name: /Library/ })).toContainText('1');
  });

  test('invalid UTF-8 is read with a notice, not refused', async ({ app: page }) => {
    const latin1 = Buffer.from('Caf\xe9 prices rose 5% in Z\xfcrich [3].\n', 'latin1');
    await page.getByLabel('Import files').setInputFiles({ name: 'cafe.txt', mimeType: 'text/plain', buffer: latin1 });
    await expect(page.getByTestId('notice-success')).toContainText('not valid UTF-8');
    await expect(page.getByRole('article')).toContainText('Café prices rose 5% in Zürich [3].');
  });

  test('text with no markers imports as a source with no claims', async ({ app: page }) => {
    await page.getByLabel('Import files').setInputFiles({ name: 'plain.txt', mimeType: 'text/plain', buffer: Buffer.from('A note\n\nNothing here is cited. It is just prose.\n') });
    await expect(page.getByTestId('notice-success')).toContainText('Imported “A note”.');
    await expect(page.getByRole('link', { name: /Claims/ })).toContainText('0');
    await page.getByRole('link', { name: /Claims/ }).click();
    await expect(page.getByRole('heading', { name: 'No claims yet' })).toBeVisible();
  });

  test('a 20 MB text file imports without freezing the app, and reads block by block', async ({ app: page }) => {
    const paragraph = 'Rare earth output grew steadily in the region, according to the ministry, while prices fell. ';
    const body = Array.from({ length: 20 * 1024 }, (_, i) => `Paragraph ${i + 1}. ${paragraph.repeat(11)}`).join('\n\n');
    expect(body.length).toBeGreaterThan(20 * 1024 * 1024);
    await page.getByLabel('Import files').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(body) });
    // The UI keeps answering while the worker parses, and the import does not pull the analyst away from where they went.
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
    await page.getByRole('link', { name: /Workspace/ }).click();
    await expect(page.getByRole('heading', { name: 'Workspace', level: 1 })).toBeVisible();
    const notice = page.getByTestId('notice-success');
    await expect(notice).toContainText('Imported “big”', { timeout: 60_000 });
    await expect(page.getByRole('heading', { name: 'Workspace', level: 1 })).toBeVisible();
    await notice.getByRole('link', { name: 'Open “big”' }).click();
    await expect(page.getByRole('article')).toContainText('Paragraph 1.');
    // The reader draws only the blocks in view, and reaches any paragraph.
    expect(await page.locator('.reader .block').count()).toBeLessThan(60);
    await page.getByLabel('Go to paragraph').fill('20000');
    await page.getByLabel('Go to paragraph').press('Enter');
    await expect(page.locator('#para-20000')).toContainText('Paragraph 20000.');
  });
});
