import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { comparable, pageNotes } from '../../unit/shared/page-notes';
import { test, expect, SHARED_DIR, auditPageWorkspace, expectNoWrongLinks } from './fixtures';
import { formatAuditLine } from '../../../shared/audit/audit-links';

// Wikipedia's New Zealand page (Readability's wikipedia-2): 11 explanatory notes marked [n 1]… and 368 references
// marked [1]…, in two lists. The summary cites three of the references and one note ([n 11], which is not the
// reference [11]), and a number past the end of the references.
const PAGE = resolve(SHARED_DIR, 'corpus/readability/wikipedia-2/source.html');
const SUMMARY = [
  'Workflow',
  'New Zealand in brief',
  'Wiki Digest·2025-11-01 09:00',
  '',
  'Core Points - Aotearoa is often translated as "land of the long white cloud" [17]',
  '- Christianity is the predominant religion, although society is among the most secular in the world [281]',
  '- About half of the people reported no religion in the 2018 census [11]',
  '- Religion percentages may not add to 100%, as people could give several [n 11]',
  '- The islands lie in the south-western Pacific Ocean, far from other land [400]',
].join('\n');

async function openClaim(page: Page, words: string): Promise<void> {
  await page.getByRole('link', { name: /Claims/ }).click();
  await page.getByRole('link', { name: new RegExp(words) }).first().click();
}

/** Pastes the summary and links it to the imported page with "Link to original…"; leaves the outcome on screen. */
async function pasteAndLinkSummary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Paste text…' }).first().click();
  await page.getByRole('textbox', { name: 'Text to import' }).fill(SUMMARY);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('5 claims, 5 citations');
  await page.getByRole('button', { name: 'Link to original…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link to original' });
  const option = (await dialog.locator('option', { hasText: 'New Zealand' }).first().textContent()) ?? '';
  await dialog.getByLabel('Original').selectOption({ label: option });
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(page.getByTestId('link-outcome')).toContainText('4 citations resolved');
}

/** Imports the New Zealand page as a saved file. */
async function importPage(page: Page): Promise<void> {
  await page.getByLabel('Import files').setInputFiles(PAGE);
  await expect(page.getByTestId('notice-success').last()).toContainText('New Zealand');
}

test('a summary of a page with two note lists resolves each [n] to the entry the page shows for it, and says which markers do not resolve', async ({ app: page }) => {
  const html = await readFile(PAGE, 'utf8');
  const truth = pageNotes(html);

  await importPage(page);
  // The reader keeps the two lists apart, each entry under the label its markers read.
  await page.getByRole('link', { name: /^New Zealand/ }).first().click();
  const references = page.getByRole('article').getByRole('region', { name: 'References' });
  await expect(references.getByRole('list', { name: 'Footnotes' }).getByRole('listitem')).toHaveCount(11);
  await expect(references.getByRole('list', { name: 'Citations' }).getByRole('listitem')).toHaveCount(368);
  await expect(references.getByRole('list', { name: 'Footnotes' }).getByRole('listitem').last()).toContainText('[n 11]');
  await expect(references.getByRole('list', { name: 'Citations' }).getByRole('listitem').nth(16)).toContainText('[17] King 2003, p. 41.');

  await pasteAndLinkSummary(page);
  const outcome = page.getByTestId('link-outcome');
  await expect(outcome).toContainText('4 citations resolved, 1 unresolved, 0 ambiguous.');
  await expect(outcome).not.toContainText('every marker found its place');
  await expect(outcome.getByRole('listitem')).toHaveText(['[400]: the original has no marker [400]']);

  // Each resolved marker shows the entry the page itself links that marker to.
  const cited = [
    ['[17]', 'long white cloud', 'Citations'],
    ['[281]', 'predominant religion', 'Citations'],
    ['[11]', 'no religion', 'Citations'],
    ['[n 11]', 'may not add', 'Footnotes'],
  ] as const;
  for (const [marker, words, list] of cited) {
    await openClaim(page, words);
    const evidence = page.getByTestId('evidence-citation').filter({ hasText: marker });
    await expect(evidence).toContainText('resolved');
    const shown = (await evidence.locator('blockquote.passage').textContent()) ?? '';
    expect(shown.startsWith(`${list} ${marker}: `), shown).toBe(true);
    const note = truth.get(marker);
    expect(note, marker).toBeDefined();
    expect(comparable(shown)).toContain(comparable(note?.text ?? '-').slice(0, 40));
  }
  await openClaim(page, 'far from other land');
  await expect(page.getByTestId('evidence-citation')).toContainText('the original has no marker [400]');

  const audit = await auditPageWorkspace(page);
  expect(audit && formatAuditLine(audit)).toBe(`links checked ${cited.length + 1}, wrong 0, unresolved 1`);
});

test('Check links in the Briefings view reports the same line and names each unresolved link', async ({ app: page }) => {
  await importPage(page);
  await pasteAndLinkSummary(page);

  await page.getByRole('link', { name: /Briefings/ }).click();
  await page.getByRole('button', { name: 'New briefing' }).click();
  await page.getByRole('button', { name: 'Add claims…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add claims' });
  await expect(picker.getByRole('checkbox')).toHaveCount(5);
  for (const box of await picker.getByRole('checkbox').all()) await box.check();
  await picker.getByRole('button', { name: 'Add 5 claims' }).click();
  await page.getByRole('button', { name: 'Check links' }).click();
  const report = page.getByTestId('link-audit');
  await expect(report).toContainText('links checked 5, wrong 0, unresolved 1');
  await expect(report.getByTestId('link-unresolved')).toContainText('[400], unresolved: the original has no marker [400]');
  await expect(report.getByTestId('link-unresolved').getByRole('link')).toHaveAttribute('href', /claims/);
  // The workspace-wide check covers the same five citations here: the summary's are the only ones.
  await page.getByRole('button', { name: 'Check every link in the workspace' }).click();
  await expect(report).toContainText('links checked 5, wrong 0, unresolved 1');
});

// The audit after each scenario must be able to fail: here the original's stored text is altered behind the app's
// back, so every link into it is wrong and the check the fixture runs after each test fails. The text is then put
// back, so the scenario itself ends clean.
test('the audit run after each scenario fails on a workspace that holds a wrong link', async ({ app: page }) => {
  await importPage(page);
  await pasteAndLinkSummary(page);
  const swap = (from: string, to: string) =>
    page.evaluate(
      ([before, after]) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('footnote-Default');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('texts', 'readwrite').objectStore('texts');
            const all = store.getAll();
            all.onsuccess = () => {
              const original = (all.result as { text: string }[]).find((t) => t.text.includes('[n 1]'));
              if (!original) return fail(new Error('no original'));
              const put = store.put({ ...original, text: original.text.replace(before, after) });
              put.onsuccess = () => {
                open.result.close();
                done();
              };
            };
          };
        }),
      [from, to] as const,
    );
  await swap('land of the long white cloud', 'land of the long white clouds');
  const tampered = await auditPageWorkspace(page);
  expect(tampered && formatAuditLine(tampered)).toBe('links checked 5, wrong 4, unresolved 1');
  expect(() => expectNoWrongLinks(tampered!)).toThrow(/no longer matches its stored hash/u);
  await swap('land of the long white clouds', 'land of the long white cloud');
  expect((await auditPageWorkspace(page))?.wrong).toBe(0);
});
