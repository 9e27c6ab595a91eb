import type { Page } from '@playwright/test';
import { test, expect, importSeed } from './fixtures';

// A second clipping in the seed's format, from another publisher, that gives China's share of output as 60%.
const SECOND_SOURCE = [
  'Workflow',
  'Rare earth output shifts',
  'Mining Weekly·2025-11-02 10:00',
  '',
  "Core Points - China's share of the world's output fell to 60% in 2025 [1]",
].join('\n');

// The "original" the seed summarises: paragraphs 1..12 say which they are, so markers [13] and [15] point nowhere.
const ORIGINAL_PARAGRAPHS = 12;
const ORIGINAL = Array.from({ length: ORIGINAL_PARAGRAPHS }, (_, i) => `Paragraph ${i + 1}: the original report's text number ${i + 1} on rare earths.`).join('\n\n');

async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import files').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

async function openClaims(page: Page, count: number): Promise<void> {
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(count);
}

async function seedWithSecondSource(page: Page): Promise<void> {
  await importSeed(page);
  await importText(page, 'mining-weekly.txt', SECOND_SOURCE);
  await openClaims(page, 11);
}

test('a second source giving 60% conflicts with the seed’s 70%, shown side by side with both citations', async ({ app: page }) => {
  await seedWithSecondSource(page);
  await page.getByRole('navigation', { name: 'Claims views' }).getByRole('link', { name: 'Conflicts' }).click();
  const conflict = page.getByTestId('conflict').filter({ hasText: '60' }).filter({ hasText: '70' });
  await expect(conflict).toHaveCount(1);
  await expect(conflict.getByTestId('conflict-citation').filter({ hasText: '[8]' })).toHaveCount(1);
  await expect(conflict.getByTestId('conflict-citation').filter({ hasText: '[1]' })).toHaveCount(1);

  // The list flags both sides, and the matrix lays them against their sources in words.
  await page.getByRole('link', { name: 'List' }).click();
  await expect(page.getByTestId('claim').filter({ hasText: '60%' }).getByText('conflict')).toBeVisible();
  await page.getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByTestId('matrix-row')).toHaveCount(11);
  await expect(page.getByRole('table', { name: 'Claims by source' }).getByRole('link', { name: /^supports: show in/ }).first()).toBeVisible();

  // Before export, the chosen claims in conflict are listed with links to their evidence.
  await page.getByRole('link', { name: 'List' }).click();
  await page.getByRole('button', { name: 'Choose all' }).click();
  await page.getByRole('button', { name: 'Export briefing' }).click();
  const warnings = page.getByRole('dialog', { name: 'Export briefing' }).getByRole('region', { name: /need a look/ });
  await expect(warnings.getByRole('link', { name: /60%/ })).toBeVisible();
});

test('candidate claims are offered from the reader and created only when accepted', async ({ app: page }) => {
  await importText(page, 'plain-report.txt', ['Plain report', '', 'Output of the mine rose to 300,000 tons in 2024 after the expansion.', '', 'Prices of the oxide fell by 12% over the last year.'].join('\n'));
  await page.getByRole('button', { name: 'Candidate claims' }).click();
  const candidates = page.getByTestId('candidate-claim');
  await expect(candidates).toHaveCount(2);
  await candidates.filter({ hasText: 'Prices' }).getByRole('button', { name: /^Dismiss/ }).click();
  await expect(candidates).toHaveCount(1);
  await candidates.getByRole('button', { name: /^Accept/ }).click();
  await expect(candidates).toHaveCount(0);
  await openClaims(page, 1);
  await expect(page.getByTestId('claim').getByTestId('citation')).toContainText('resolved');
});

test('linking the summary to its original resolves its markers; markers past the end stay listed', async ({ app: page }) => {
  await importSeed(page);
  await importText(page, 'original-report.txt', ORIGINAL);
  await page.getByRole('link', { name: /Library/ }).click();
  await page.getByRole('link', { name: /美日稀土协议难破中国/ }).click();
  await page.getByRole('button', { name: 'Link to original…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link to original' });
  await dialog.getByLabel('Original').selectOption({ label: 'original-report' });
  await dialog.getByRole('button', { name: 'Link' }).click();
  const outcome = page.getByTestId('link-outcome');
  await expect(outcome).toContainText('citations resolved');
  await expect(outcome).toContainText('[13]');
  await expect(outcome).toContainText('[15]');

  await openClaims(page, 10);
  await page.getByTestId('claim').filter({ hasText: "70% of the world's output" }).getByRole('link', { name: /70% of the world's output/ }).click();
  await expect(page.getByTestId('passage').first()).toContainText('Paragraph 8:');
});

test('split keeps each part’s citations and merge combines two claims’ citations', async ({ app: page }) => {
  await importSeed(page);
  await openClaims(page, 10);
  // "The agreement's content is vague ... [4][15]": split it in two, [4] with the first part, [15] with the second.
  await page.getByRole('link', { name: /content is vague/ }).click();
  await page.getByRole('button', { name: 'Split…' }).click();
  const split = page.getByRole('dialog', { name: 'Split claim' });
  await split.getByLabel('Text of part 1').fill("The agreement's content is vague, lacking specific projects");
  await split.getByLabel('Text of part 2').fill('It is perceived more as a political gesture than a concrete plan');
  await split.getByLabel('Part 1 keeps marker [15]').uncheck();
  await split.getByLabel('Part 2 keeps marker [4]').uncheck();
  await split.getByRole('button', { name: 'Split', exact: true }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('split into 2 claims');

  await openClaims(page, 11);
  await expect(page.getByTestId('claim').filter({ hasText: 'content is vague, lacking' }).getByTestId('citation')).toHaveText([/\[4\]/]);
  await expect(page.getByTestId('claim').filter({ hasText: 'political gesture' }).getByTestId('citation')).toHaveText([/\[15\]/]);

  // Merge the second part back into the first: both citations end up on the kept claim.
  await page.getByRole('link', { name: /content is vague, lacking/ }).click();
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge with another claim' });
  await merge.getByLabel('Duplicate claim').selectOption({ label: 'It is perceived more as a political gesture than a concrete plan' });
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByTestId('evidence-citation')).toHaveCount(2);
  await openClaims(page, 10);
  await expect(page.getByTestId('claim').filter({ hasText: 'content is vague, lacking' }).getByTestId('citation')).toHaveCount(2);
});

test('going back to the claims table opens it on what is stored now: a status set and a claim deleted before leaving are shown so on return', async ({ app: page }) => {
  await importSeed(page);
  await openClaims(page, 10);
  const status = page.getByTestId('claim').first().getByRole('combobox', { name: /^Status of:/ });
  const statusName = await status.getAttribute('aria-label');
  // Nothing written between visits: the table opens again on the same rows.
  await page.getByRole('link', { name: /Library/ }).click();
  await openClaims(page, 10);
  await page.getByRole('combobox', { name: statusName! }).selectOption('disputed');
  await expect(page.getByRole('combobox', { name: statusName! })).toHaveValue('disputed');
  await page.getByRole('link', { name: /Library/ }).click();
  await openClaims(page, 10);
  await expect(page.getByRole('combobox', { name: statusName! })).toHaveValue('disputed');
  await page.getByTestId('claim').first().getByRole('button', { name: /^Delete claim:/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(9);
  await page.getByRole('link', { name: /Workspace/ }).click();
  await openClaims(page, 9);
  await expect(page.getByRole('combobox', { name: statusName! })).toHaveCount(0);
  await expect(page.locator('.claims-bulk [role=status]')).toHaveText('0 of 9 chosen');
});
