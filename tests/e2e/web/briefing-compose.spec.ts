import { readFile, writeFile } from 'node:fs/promises';
import MarkdownIt from 'markdown-it';
import markdownItFootnote from 'markdown-it-footnote';
import type { PluginSimple } from 'markdown-it';
import type { Page } from '@playwright/test';
import { companionForFreshWorkspace, composeFromSeed, composerClaimLinks, exportAs, hasCommand, run, squash, wordFileText } from './briefing-helpers';
import { test, expect } from './fixtures';

// @types/markdown-it-footnote types the plugin against markdown-it's CommonJS typings, which differ in name only.
const footnotePlugin = markdownItFootnote as unknown as PluginSimple;
// The seed source's title, quotation marks included: every style must print it as written.
const SEED_TITLE = '美日稀土协议难破中国“封锁”';
const PROSE = 'Context: the deal announced in October aims to reduce dependence on Chinese supply.';
// Chicago notes-bibliography makes each of the seed's 12 citations its own note (repeats shortened or "Ibid.").
const CHICAGO_NOTES = 12;

async function claimTexts(page: Page): Promise<string[]> {
  return page.locator('.composer-claim').allTextContents();
}

/** Adds a paragraph, moves it and a claim with the keyboard only, and chooses Chicago. */
async function editAndReorder(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Add paragraph/ }).first().click();
  const paragraph = page.getByRole('textbox', { name: 'Paragraph' });
  await paragraph.fill(PROSE);
  await paragraph.press('Tab');
  // The paragraph was added at the end of the first section; Alt+ArrowUp lifts it above that section's claims.
  const firstSectionCount = await page.locator('.composer-section').first().getByTestId('composer-item').count();
  for (let i = 1; i < firstSectionCount; i++) await page.getByRole('textbox', { name: 'Paragraph' }).press('Alt+ArrowUp');
  await expect(page.getByTestId('composer-item').first().getByRole('textbox', { name: 'Paragraph' })).toHaveValue(PROSE);

  const [a, b] = await claimTexts(page);
  const moveDown = page.getByRole('button', { name: new RegExp(`^Move down: ${escapeRegExp((a ?? '').slice(0, 30))}`) });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => claimTexts(page).then((t) => t.slice(0, 2))).toEqual([b, a]);

  await page.getByLabel('Citation style').selectOption('chicago-notes');
  await expect(page.getByRole('region', { name: 'Footnotes' }).getByRole('listitem')).toHaveCount(CHICAGO_NOTES);
  await expect(page.getByRole('article', { name: 'Briefing preview' })).toContainText(PROSE);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a briefing composed from the seed exports to Markdown, HTML, Word and PDF with every claim footnoted', async ({ app: page }, testInfo) => {
  await composeFromSeed(page);
  await editAndReorder(page);
  const claims = await claimTexts(page);
  expect(claims).toHaveLength(10);

  // Markdown: parsed as CommonMark with footnotes, every claim carries references and every reference is defined.
  const [mdPath] = await exportAs(page, testInfo, 'Markdown with footnotes');
  const markdown = await readFile(mdPath!, 'utf8');
  const md = new MarkdownIt().use(footnotePlugin);
  const env: { footnotes?: { list?: unknown[] } } = {};
  const tokens = md.parse(markdown, env);
  const inlines = tokens.filter((t) => t.type === 'inline');
  for (const claim of claims) {
    const inline = inlines.find((t) => (t.children ?? []).filter((c) => c.type === 'text').map((c) => c.content).join('').includes(claim));
    expect(inline, `claim in Markdown: ${claim}`).toBeDefined();
    expect(inline?.children?.some((c) => c.type === 'footnote_ref'), `footnote on: ${claim}`).toBe(true);
  }
  const refIds = new Set(inlines.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'footnote_ref').map((c) => (c.meta as { id: number }).id)));
  expect(env.footnotes?.list?.length).toBe(CHICAGO_NOTES);
  expect(refIds.size).toBe(CHICAGO_NOTES);
  expect(markdown).not.toMatch(/\[\^\d+\](?!:)[\s\S]*\[\^\d+\]: *$/m);
  expect(markdown).toContain(PROSE);
  expect(markdown).toContain(SEED_TITLE);

  // HTML: self-contained, each claim and every footnote present.
  const [htmlPath] = await exportAs(page, testInfo, 'HTML, self-contained, with print styles');
  const html = await readFile(htmlPath!, 'utf8');
  expect(html).not.toMatch(/<script|<link /i);
  const view = await page.context().newPage();
  await view.setContent(html);
  const htmlText = (await view.locator('body').textContent()) ?? '';
  for (const claim of claims) expect(htmlText).toContain(claim);
  expect(htmlText).toContain(SEED_TITLE);

  // PDF of the print view, as Chromium prints it.
  const printPdf = testInfo.outputPath('print-view.pdf');
  const started = Date.now();
  await view.pdf({ path: printPdf, format: 'A4' });
  testInfo.annotations.push({ type: 'figure', description: `print view to PDF: ${Date.now() - started} ms` });
  await view.close();
  const { stdout: printText } = await run('pdftotext', ['-enc', 'UTF-8', printPdf, '-']);
  for (const claim of claims) expect(squash(printText)).toContain(squash(claim));
  expect(squash(printText)).toContain(squash(SEED_TITLE));

  // Word: real footnotes in word/footnotes.xml.
  const [docxPath] = await exportAs(page, testInfo, 'Word (.docx) with real footnotes');
  const { stdout: footnotesXml } = await run('unzip', ['-p', docxPath!, 'word/footnotes.xml'], { maxBuffer: 16 * 1024 * 1024 });
  const wordNotes = footnotesXml.match(/<w:footnote [^>]*w:id="[1-9]\d*"/g) ?? [];
  expect(wordNotes.length).toBeGreaterThanOrEqual(CHICAGO_NOTES);
  expect(footnotesXml).toContain(SEED_TITLE);

  // PDF through the export dialog: the browser's print view; the export is recorded like every other.
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export this briefing' }).getByRole('radio', { name: 'PDF (print view)' }).check();
  await page.getByRole('dialog', { name: 'Export this briefing' }).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('briefing-export').filter({ hasText: '· pdf ·' })).toHaveCount(1);
  // The print view is styled under the app's policy (no inline <style>): its stylesheet is adopted through CSSOM.
  const printView = await page.locator('iframe[title="Print view"]').evaluate((frame: HTMLIFrameElement) => {
    const doc = frame.contentDocument;
    return { styleElements: doc?.querySelectorAll('style').length, adopted: doc?.adoptedStyleSheets.length, rules: doc?.adoptedStyleSheets[0]?.cssRules.length ?? 0, text: doc?.body.textContent ?? '' };
  });
  expect(printView).toMatchObject({ styleElements: 0, adopted: 1 });
  expect(printView.rules).toBeGreaterThan(5);
  expect(printView.text).toContain(SEED_TITLE);

  // Data exports.
  const [jsonld] = await exportAs(page, testInfo, 'Claims as ClaimReview JSON-LD');
  const graph = JSON.parse(await readFile(jsonld!, 'utf8')) as { '@graph': { claimReviewed: string }[] };
  expect(graph['@graph'].map((n) => n.claimReviewed).sort()).toEqual([...claims].sort());
  const [csl] = await exportAs(page, testInfo, 'Sources as CSL-JSON');
  expect(JSON.stringify(JSON.parse(await readFile(csl!, 'utf8')))).toContain(SEED_TITLE);

  // Every export is listed under the briefing.
  await expect(page.getByTestId('briefing-export')).toHaveCount(6);
  await expect(page.getByTestId('briefing-export').first()).toContainText('Exported');

  // Word opened by LibreOffice: each claim and its footnotes, Chinese included, in the converted PDF.
  if (!(await hasCommand('libreoffice'))) {
    testInfo.annotations.push({ type: 'skip', description: 'libreoffice is not on PATH, so the .docx could not be opened by a word processor' });
    return;
  }
  const wordText = await wordFileText(docxPath!, testInfo);
  for (const claim of claims) expect(squash(wordText)).toContain(squash(claim));
  expect(squash(wordText)).toContain(squash(SEED_TITLE));
  expect(squash(wordText)).toContain(squash(PROSE));
});

test('a companion exported beside a briefing imports into a fresh workspace with every link', async ({ app: page, browser }, testInfo) => {
  await composeFromSeed(page);
  await page.getByLabel('Citation style').selectOption('chicago-notes');
  const { companion, links, fresh, context } = await companionForFreshWorkspace(page, browser, testInfo);
  // A file that is not a companion is refused with the reason.
  const bad = testInfo.outputPath('not-a-briefing.json');
  await writeFile(bad, '{"hello": "world"}');
  await fresh.getByLabel('Import briefing').setInputFiles(bad);
  await expect(fresh.getByTestId('notice-error')).toContainText('not a Footnote briefing companion');

  await fresh.getByLabel('Import briefing').setInputFiles(companion);
  await expect(fresh.getByTestId('notice-success').last()).toContainText('10 claims, 12 citations, 1 new source');
  await expect(fresh.getByRole('textbox', { name: 'Title' })).toHaveValue('Rare earths brief');
  await expect(fresh.getByLabel('Citation style')).toHaveValue('chicago-notes');
  expect(await composerClaimLinks(fresh)).toEqual(links);
  await expect(fresh.getByRole('region', { name: 'Footnotes' }).getByRole('listitem')).toHaveCount(CHICAGO_NOTES);
  await expect(fresh.getByRole('region', { name: 'Footnotes' })).toContainText(SEED_TITLE);
  await context.close();
});

test('items reorder by drag and drop, and the preview follows', async ({ app: page }) => {
  await composeFromSeed(page);
  const [a, b, c] = await claimTexts(page);
  const items = page.getByTestId('composer-item');
  // Dropping the first claim on the third puts it just before the third. The events are dispatched with one shared
  // DataTransfer, as Playwright documents for HTML drag and drop, because headless mouse drags do not start one reliably.
  const transfer = await page.evaluateHandle(() => new DataTransfer());
  await items.nth(0).dispatchEvent('dragstart', { dataTransfer: transfer });
  await items.nth(2).dispatchEvent('dragover', { dataTransfer: transfer });
  await items.nth(2).dispatchEvent('drop', { dataTransfer: transfer });
  await items.nth(0).dispatchEvent('dragend', { dataTransfer: transfer });
  await expect.poll(() => claimTexts(page).then((t) => t.slice(0, 3))).toEqual([b, a, c]);
  const preview = page.getByRole('article', { name: 'Briefing preview' }).locator('.briefing-claim');
  await expect(preview.nth(0)).toContainText(b ?? '');
  await expect(preview.nth(1)).toContainText(a ?? '');
});
