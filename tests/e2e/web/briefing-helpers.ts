import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Download, Page, TestInfo } from '@playwright/test';
import { expect, importSeed } from './fixtures';

// What the briefing specs share: composing a briefing from the seed, exporting it through the dialog, and reading
// the files with the tools a recipient has (pdftotext, LibreOffice).

export const run = promisify(execFile);

/** Letters only, ligatures unfolded: PDF text extraction breaks lines and spaces where the layout did. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad]+/g, '');
}

/** True when a command is on PATH. */
export async function hasCommand(name: string): Promise<boolean> {
  return run('sh', ['-c', `command -v ${name}`]).then(
    () => true,
    () => false,
  );
}

/** Imports the seed, makes a new briefing in the composer and adds the seed's claims through the claim picker. */
export async function composeFromSeed(page: Page): Promise<void> {
  await importSeed(page);
  await composeSeedBriefing(page);
}

/** Makes a new briefing in the composer and adds the (already imported) seed's claims through the claim picker (searching first). */
export async function composeSeedBriefing(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Briefings/ }).click();
  await page.getByRole('button', { name: 'New briefing' }).click();
  await expect(page.getByRole('region', { name: 'Composer' })).toBeVisible();
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.fill('Rare earths brief');
  await title.press('Tab');
  await expect(page.getByRole('link', { name: /Rare earths brief/ })).toBeVisible();

  await page.getByRole('button', { name: 'Add claims…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add claims' });
  await picker.getByRole('searchbox', { name: 'Search claims' }).fill('70%');
  await expect(picker.getByRole('checkbox')).toHaveCount(1);
  await picker.getByRole('searchbox', { name: 'Search claims' }).fill('');
  await expect(picker.getByRole('checkbox')).toHaveCount(10);
  for (const box of await picker.getByRole('checkbox').all()) await box.check();
  await picker.getByRole('button', { name: 'Add 10 claims' }).click();
  await expect(page.getByTestId('composer-item')).toHaveCount(10);
}

/** Exports through the export dialog and saves every download it starts (the companion is a second one). */
export async function exportAs(page: Page, testInfo: TestInfo, label: string, options: { companion?: boolean; files?: number } = {}): Promise<string[]> {
  const downloads: Download[] = [];
  const onDownload = (d: Download) => downloads.push(d);
  page.on('download', onDownload);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this briefing' });
  await dialog.getByRole('radio', { name: label }).check();
  if (options.companion) await dialog.getByRole('checkbox', { name: /companion/ }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect.poll(() => downloads.length).toBe(options.files ?? 1);
  await expect(dialog).toBeHidden();
  page.off('download', onDownload);
  return Promise.all(
    downloads.map(async (d) => {
      const path = testInfo.outputPath(d.suggestedFilename());
      await d.saveAs(path);
      return path;
    }),
  );
}

/** A Word file as a recipient's word processor shows it: opened by LibreOffice, printed to PDF, read by pdftotext. */
export async function wordFileText(docxPath: string, testInfo: TestInfo): Promise<string> {
  // A profile of its own, so this run neither waits for nor disturbs another LibreOffice on the machine.
  const profile = await mkdtemp(join(tmpdir(), 'footnote-lo-'));
  const outDir = testInfo.outputPath(`lo-${basename(docxPath)}`);
  const converting = Date.now();
  await run('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { timeout: 120_000 });
  testInfo.annotations.push({ type: 'figure', description: `LibreOffice docx to PDF: ${Date.now() - converting} ms` });
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf')), '-']);
  return stdout;
}

/** The composer's claim links, in order: what a companion must bring back into another workspace. */
export function composerClaimLinks(page: Page): Promise<(string | null)[]> {
  return page.locator('.composer-claim').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

/**
 * Exports the open briefing with its companion, and opens a fresh workspace (a new browser context) on its Briefings
 * view, ready to import it. Returns the companion's path, the claim links it must keep, and the fresh page.
 */
export async function companionForFreshWorkspace(page: Page, browser: Browser, testInfo: TestInfo): Promise<{ companion: string; links: (string | null)[]; fresh: Page; context: BrowserContext }> {
  const links = await composerClaimLinks(page);
  const files = await exportAs(page, testInfo, 'Markdown with footnotes', { companion: true, files: 2 });
  const companion = files.find((f) => f.endsWith('.footnote.json'));
  expect(companion).toBeDefined();
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/');
  await fresh.getByRole('link', { name: /Briefings/ }).click();
  return { companion: companion!, links, fresh, context };
}
