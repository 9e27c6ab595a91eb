import { readFile } from 'node:fs/promises';
import { test, expect, importSeed } from './fixtures';

test('a pasted summary becomes a source with claims and citations, and a Markdown briefing', async ({ app: page }) => {
  await expect(page.getByRole('heading', { name: 'No sources yet' })).toBeVisible();
  const seed = await readFile(new URL('../../../../shared/fixtures/seed-summary-rare-earths.txt', import.meta.url), 'utf8');
  await page.getByRole('button', { name: 'Paste text…' }).first().click();
  await page.getByRole('textbox', { name: 'Text to import' }).fill(seed);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('notice-success')).toContainText('10 claims, 12 citations');

  // The reader shows the source with its metadata and numbered paragraphs.
  const reader = page.getByRole('article');
  await expect(reader.getByRole('heading', { name: '美日稀土协议难破中国“封锁”' })).toBeVisible();
  await expect(reader).toContainText('Sou Hu Cai Jing · 2025-10-30 04:49');
  await expect(reader.locator('#para-5')).toContainText("270,000 tons, which is 70% of the world's output [8]");
  await expect(reader.getByRole('heading', { name: "Group 2: China's Dominance" })).toBeVisible();

  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(10);
  await expect(page.getByTestId('citation')).toHaveCount(12);
  const china = page.getByTestId('claim').filter({ hasText: "70% of the world's output" });
  await expect(china.getByTestId('citation')).toHaveText(/\[8\].*Sou Hu Cai Jing.*unresolved/);

  await page.getByRole('button', { name: 'Choose all' }).click();
  await page.getByRole('button', { name: 'Export briefing' }).click();
  await page.getByLabel('Title').fill('Rare earths: US–Japan deal');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Rare earths US–Japan deal.md');
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toMatch(/^# Rare earths: US–Japan deal\n/);
  expect(markdown).toContain("## Group 2: China's Dominance");
  expect(markdown).toMatch(/- China holds a dominant position.*70% of the world's output\[\^\d+\]\n/);
  // The original was never imported: the note says so in words for the reader, never as internal status text.
  expect(markdown).toMatch(/\[\^\d+\]: As cited in 美日稀土协议难破中国“封锁”, Sou Hu Cai Jing, 2025-10-30 04:49, marker \\\[8\\\]\.\n/);
  expect(markdown).not.toMatch(/unresolved/i);
  const refs = new Set(markdown.match(/\[\^\d+\](?!:)/g));
  const defs = new Set((markdown.match(/^\[\^\d+\]:/gm) ?? []).map((d) => d.slice(0, -1)));
  expect(refs).toEqual(defs);
  // 12 citations, one note each in reading order, as Word numbers its footnotes (a shared note would renumber there).
  expect(defs.size).toBe(12);
});

test('everything survives a reload', async ({ app: page }) => {
  await importSeed(page);
  await page.reload();
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(10);
  await page.getByRole('link', { name: /Library/ }).click();
  await expect(page.getByRole('article').getByRole('heading', { name: '美日稀土协议难破中国“封锁”' })).toBeVisible();
});
