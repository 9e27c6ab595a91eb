import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, SHARED_DIR } from './fixtures';
import { selectInReader } from './reader-helpers';
import { exportAs, hasCommand, squash, wordFileText } from './briefing-helpers';

// Two real pages of Readability's test set are both saved as `source.html`: the BBC's interview with President Obama
// (bbc-1) and Guangming Daily's article on astronauts and alcohol (gmw). An analyst who saves pages under one name must
// get two sources, each claim footnoted with its own article.
const BBC = resolve(SHARED_DIR, 'corpus/readability/bbc-1/source.html');
const GMW = resolve(SHARED_DIR, 'corpus/readability/gmw/source.html');
const BBC_PHRASE = 'his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency';
const BBC_DROPPED = 'However, Mr Obama said race relations had improved during his presidency.';
const GMW_PHRASE = '那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料';

async function importFile(page: Page, path: string): Promise<void> {
  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByLabel('Import files').setInputFiles(path);
}

async function claimFromSelection(page: Page, phrase: string, claim: string): Promise<void> {
  await selectInReader(page, phrase);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'New claim from selection' }).click();
  const dialog = page.getByRole('dialog', { name: 'New claim from selection' });
  await dialog.getByRole('textbox', { name: 'Claim' }).fill(claim);
  await dialog.getByRole('button', { name: 'Create claim' }).click();
  await expect(dialog).toBeHidden();
}

async function briefingOfAllClaims(page: Page, count: number): Promise<void> {
  await page.getByRole('link', { name: /Briefings/ }).click();
  await page.getByRole('button', { name: 'New briefing' }).click();
  await page.getByRole('button', { name: 'Add claims…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add claims' });
  // The picker lists the claims once it has read them: wait for all of them before choosing.
  await expect(picker.getByRole('checkbox')).toHaveCount(count);
  for (const box of await picker.getByRole('checkbox').all()) await box.check();
  await picker.getByRole('button', { name: new RegExp(`^Add ${count} claims?`) }).click();
  await expect(picker).toBeHidden();
}

test('two different pages saved as source.html stay two sources, and each claim is footnoted with its own article', async ({ app: page }, testInfo) => {
  test.setTimeout(180_000);
  await importFile(page, BBC);
  await expect(page.getByTestId('notice-success').last()).toContainText('Imported');
  await claimFromSelection(page, BBC_PHRASE, 'Obama: failing to pass gun laws is his greatest frustration');

  await importFile(page, GMW);
  // The shared file name is named as a doubt, and nothing is linked unless the analyst says so.
  const summary = page.getByRole('dialog', { name: 'Import finished' });
  await expect(summary).toBeVisible();
  const choice = summary.getByRole('combobox', { name: /This is a new version of/ });
  await expect(choice).toHaveValue('');
  await expect(choice.locator('option')).toContainText(['(an unrelated source)', /Obama.*\(same file name, different text\)/]);
  await summary.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: /Library/ }).click();
  await expect(page.getByRole('main')).toContainText('2 sources');
  await page.getByRole('link', { name: /宇航员在太空中喝酒会怎么样/ }).first().click();
  await expect(page.locator('.reader-header')).not.toContainText('earlier version');
  await claimFromSelection(page, GMW_PHRASE, '航天机构禁止宇航员饮酒');

  await briefingOfAllClaims(page, 2);
  await expect(page.getByText('cites an earlier version')).toHaveCount(0);
  const [markdownPath] = await exportAs(page, testInfo, 'Markdown with footnotes');
  const markdown = await readFile(markdownPath!, 'utf8');
  // Each claim's note names its own article and the paragraph the quote stands in.
  const noteOf = (claim: string) => {
    const n = markdown.split('\n').find((line) => line.includes(claim))?.match(/\[\^(\d+)\]/u)?.[1];
    return markdown.split('\n').find((line) => line.startsWith(`[^${n}]:`)) ?? '';
  };
  expect(noteOf('Obama: failing to pass gun laws')).toMatch(/Obama.*paragraph \d+\./u);
  expect(noteOf('Obama: failing to pass gun laws')).not.toMatch(/宇航员/u);
  expect(noteOf('航天机构禁止宇航员饮酒')).toMatch(/宇航员.*paragraph \d+\./u);

  if (await hasCommand('libreoffice')) {
    const [wordPath] = await exportAs(page, testInfo, 'Word');
    const word = squash(await wordFileText(wordPath!, testInfo));
    expect(word).toMatch(/ObamaadmitsUSgunlaws[^宇]{0,200}paragraph\d+\./u);
    expect(word).toContain('宇航员');
  }
});

test('a re-saved page with a paragraph gone is a new version: the citation of that paragraph stays on the version it quotes, and says so', async ({ app: page }, testInfo) => {
  test.setTimeout(120_000);
  // The same page saved again after the BBC dropped one paragraph and added an update line.
  const html = await readFile(BBC, 'utf8');
  expect(html).toContain(BBC_DROPPED);
  const revised = testInfo.outputPath('revised/source.html');
  await mkdir(dirname(revised), { recursive: true });
  await writeFile(revised, html.replace(BBC_DROPPED, '').replace('He vowed to keep trying', 'Update: this story was revised. He vowed to keep trying'));

  await importFile(page, BBC);
  await expect(page.getByTestId('notice-success').last()).toContainText('Imported');
  await claimFromSelection(page, BBC_PHRASE, 'Obama: gun laws his greatest frustration');
  await claimFromSelection(page, BBC_DROPPED, 'Obama: race relations improved');

  await importFile(page, revised);
  await expect(page.getByTestId('notice-success').last()).toContainText('Imported');
  await expect(page.getByText(/1 placed exactly.*1 citation left on the earlier version, whose text it quotes/u).first()).toBeVisible();

  // The moved citation is on the new version; the other still points at the earlier one, and the evidence says so.
  await page.getByRole('link', { name: /Claims/ }).click();
  await page.getByRole('link', { name: 'Obama: race relations improved' }).click();
  await expect(page.getByTestId('earlier-version')).toContainText('This passage is quoted from the version imported');
  await expect(page.getByTestId('earlier-version').getByRole('link', { name: 'A newer version' })).toBeVisible();
  await page.getByRole('link', { name: /Claims/ }).click();
  await page.getByRole('link', { name: 'Obama: gun laws his greatest frustration' }).click();
  await expect(page.getByRole('textbox', { name: 'Claim text' })).toHaveValue('Obama: gun laws his greatest frustration');
  await expect(page.getByTestId('earlier-version')).toHaveCount(0);

  await briefingOfAllClaims(page, 2);
  await expect(page.getByTestId('briefing-problem').filter({ hasText: 'Obama: race relations improved' })).toContainText('cites an earlier version of a source that has a newer one');
  const [markdownPath] = await exportAs(page, testInfo, 'Markdown with footnotes');
  const markdown = await readFile(markdownPath!, 'utf8');
  // Both notes name the article with the paragraph their words stand in; neither says it could not be placed.
  expect(markdown.match(/^\[\^\d\]:.*Obama.*paragraph \d+\./gmu)).toHaveLength(2);
  expect(markdown).not.toContain('could not be placed');
});
