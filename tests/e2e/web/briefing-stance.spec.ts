import { readFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { numericReference, readDocx, readHtml, readMarkdown, readPreview, type ReadBriefing } from '../../unit/renderer/briefings/read-briefing-exports';
import { composeSeedBriefing, exportAs, hasCommand, run, squash, wordFileText } from './briefing-helpers';
import { test, expect, importSeed } from './fixtures';
import { selectInReader } from './reader-helpers';

// A briefing whose claim has a contradicting citation, exported in every format and read back from each file as its
// recipient would: the stance must be stated in the note, the dispute in the text, and GB/T 7714 must number every
// source the same way in the preview, Markdown, HTML, the printed PDF and the Word file (opened by LibreOffice).

const DISPUTED_CLAIM = 'Over 90% of rare earth refining is controlled by China';
const CONTRADICTING_PASSAGE = "is unlikely to disrupt China's dominant position";

/** Cites a passage of the seed summary as contradicting the refining claim, through the reader's "Cite for claim…". */
async function citeAsContradicting(page: Page): Promise<void> {
  await selectInReader(page, CONTRADICTING_PASSAGE);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Cite for claim…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite for claim' });
  await dialog.getByRole('searchbox', { name: 'Search claims' }).fill(DISPUTED_CLAIM.slice(0, 30));
  await dialog.getByRole('radio', { name: DISPUTED_CLAIM }).check();
  await dialog.getByRole('combobox', { name: 'Stance of this passage' }).selectOption('contradicts');
  await dialog.getByRole('button', { name: 'Cite' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Passage cited (contradicts)');
}

async function readPreviewOf(page: Page): Promise<ReadBriefing> {
  const preview = page.getByRole('article', { name: 'Briefing preview' });
  return readPreview(await preview.evaluate((el) => el.outerHTML));
}

/** The printed text of the print view, as Chromium prints it to PDF and pdftotext reads it. */
async function printedText(page: Page, html: string, testInfo: TestInfo, name: string): Promise<string> {
  const view = await page.context().newPage();
  await view.setContent(html);
  const pdf = testInfo.outputPath(`${name}.pdf`);
  await view.pdf({ path: pdf, format: 'A4' });
  await view.close();
  return (await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])).stdout;
}

/** Every note's printed form ("[3] entry…" in a numeric style) appears in the text, in the order of the notes. */
function expectNotesInOrder(text: string, reading: ReadBriefing, label: (n: number) => string): void {
  const flat = squash(text);
  let from = 0;
  for (const note of reading.notes) {
    const at = flat.indexOf(squash(`${label(note.n)}${note.text}`), from);
    expect(at, `note ${note.n} printed after note ${note.n - 1}: ${note.text.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
    from = at;
  }
}

test('a contradicting citation is stated in every export, and GB/T 7714 numbers sources alike in every format', async ({ app: page }, testInfo) => {
  test.setTimeout(240_000);
  await importSeed(page);
  await citeAsContradicting(page);
  await composeSeedBriefing(page);
  await page.getByLabel('Citation style').selectOption('gb7714');
  const preview = page.getByRole('article', { name: 'Briefing preview' });
  // The preview is laid out again once the style's engine has loaded: wait for the numeric style's marker.
  await expect(preview.locator('.briefing-disputed')).toHaveText(/^\[Disputed: contradicted by \[\d+\]\]$/);
  await expect(preview.locator('.footnotes.numeric')).toBeVisible();

  // The preview: one number per source, each claim citing those numbers, and the disputed claim marked.
  const shown = await readPreviewOf(page);
  const disputed = shown.claims.find((c) => c.text.startsWith(DISPUTED_CLAIM));
  expect(disputed?.dispute).toMatch(/^\[Disputed: contradicted by \[\d+\]\]$/);
  expect(shown.notes.map((n) => n.n)).toEqual(shown.notes.map((_, i) => i + 1));
  expect(shown.notes.some((n) => /In this briefing: .*Contra: para\. \d+/.test(n.text))).toBe(true);
  expect(shown.notes.map((n) => n.text).join(' ')).not.toMatch(/unresolved|not in the workspace/);

  // Markdown, HTML and Word read back by their own parsers show exactly what the preview shows.
  const [mdPath] = await exportAs(page, testInfo, 'Markdown with footnotes');
  expect(readMarkdown(await readFile(mdPath!, 'utf8'))).toEqual(shown);
  const [htmlPath] = await exportAs(page, testInfo, 'HTML, self-contained, with print styles');
  const html = await readFile(htmlPath!, 'utf8');
  expect(readHtml(html)).toEqual(shown);
  const [docxPath] = await exportAs(page, testInfo, 'Word (.docx) with real footnotes');
  expect(readDocx(new Uint8Array(await readFile(docxPath!)), 'References')).toEqual(shown);

  // The printed PDF and the Word file as LibreOffice prints it: the dispute beside the claim, every "[n] entry" in order.
  const printed = await printedText(page, html, testInfo, 'gb7714-print');
  expect(squash(printed)).toContain(squash(`${disputed?.text}${numericReference(disputed?.notes ?? [])}${disputed?.dispute}`));
  expectNotesInOrder(printed, shown, (n) => `[${n}]`);
  if (await hasCommand('libreoffice')) {
    const word = await wordFileText(docxPath!, testInfo);
    expect(squash(word)).toContain(squash(disputed?.dispute ?? '?'));
    expect(squash(word)).toContain(squash(`${disputed?.text}${numericReference(disputed?.notes ?? [])}`));
    expectNotesInOrder(word, shown, (n) => `[${n}]`);
  } else testInfo.annotations.push({ type: 'skip', description: 'libreoffice is not on PATH, so the .docx could not be opened by a word processor' });

  // In a note style the contradicting note opens with "Contra:", in every file.
  await page.getByLabel('Citation style').selectOption('chicago-notes');
  await expect(preview.locator('.briefing-disputed')).toHaveText(/^\[Disputed: contradicted by note \d+\]$/);
  const notes = await readPreviewOf(page);
  const contra = notes.notes.filter((n) => n.text.startsWith('Contra: '));
  expect(contra).toHaveLength(1);
  const [chicagoMd] = await exportAs(page, testInfo, 'Markdown with footnotes');
  expect(readMarkdown(await readFile(chicagoMd!, 'utf8'))).toEqual(notes);
  const [chicagoHtml] = await exportAs(page, testInfo, 'HTML, self-contained, with print styles');
  const chicagoHtmlText = await readFile(chicagoHtml!, 'utf8');
  expect(readHtml(chicagoHtmlText)).toEqual(notes);
  expect(squash(await printedText(page, chicagoHtmlText, testInfo, 'chicago-print'))).toContain(squash(contra[0]?.text ?? '?'));
  const [chicagoDocx] = await exportAs(page, testInfo, 'Word (.docx) with real footnotes');
  expect(readDocx(new Uint8Array(await readFile(chicagoDocx!)), 'Sources')).toEqual(notes);
  if (await hasCommand('libreoffice')) expect(squash(await wordFileText(chicagoDocx!, testInfo))).toContain(squash(contra[0]?.text ?? '?'));
});
