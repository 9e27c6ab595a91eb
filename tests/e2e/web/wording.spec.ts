import type { Page } from '@playwright/test';
import { test, expect, importSeed } from './fixtures';
import { selectInReader } from './reader-helpers';

// A second clipping of the seed's publisher: the matrix must tell the two apart, and citing it for a seed claim makes
// that claim rest on two sources.
const SAME_PUBLISHER = [
  'Rare earth output rises again as quotas grow',
  'Sou Hu Cai Jing·2025-11-02 09:15',
  '',
  'Mine output of rare earths in China reached 270,000 tons last year, about 70% of the world total, according to the industry ministry.',
].join('\n');
const OUTPUT_CLAIM = "270,000 tons, which is 70% of the world's output";
const OUTPUT_CLAIM_START = 'China holds a dominant position in the global rare earth industry';

async function importSamePublisher(page: Page): Promise<void> {
  await page.getByLabel('Import files').setInputFiles({ name: 'output-rises.txt', mimeType: 'text/plain', buffer: Buffer.from(SAME_PUBLISHER, 'utf8') });
  await expect(page.getByRole('heading', { name: 'Rare earth output rises again as quotas grow' })).toBeVisible();
}

/** Cites a passage of the open source for the claim found by `search`, through the searchable picker. */
async function citeFor(page: Page, passage: string, search: string, claimStart: string): Promise<void> {
  await selectInReader(page, passage);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Cite for claim…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite for claim' });
  await dialog.getByRole('searchbox', { name: 'Search claims' }).fill(search);
  const choice = dialog.getByRole('radio', { name: claimStart });
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await choice.check();
  await dialog.getByRole('button', { name: 'Cite' }).click();
  await expect(page.getByTestId('notice-success').last()).toContainText('Passage cited (supports)');
}

test('nothing is chosen until the analyst chooses, and Ctrl+E with nothing chosen asks first', async ({ app: page }) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(10);
  await expect(page.getByRole('status').filter({ hasText: '0 of 10 chosen' })).toBeVisible();
  for (const box of await page.getByRole('checkbox', { name: /Include in briefing/ }).all()) await expect(box).not.toBeChecked();

  await page.keyboard.press('Control+E');
  const ask = page.getByRole('dialog', { name: 'No claims chosen' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Choose claims first' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.keyboard.press('Control+E');
  await ask.getByRole('button', { name: 'Export all 10 filtered claims' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export briefing' });
  await expect(exportDialog).toContainText('10 claims, grouped under their sections');
  await expect(exportDialog.getByTestId('export-settings')).toContainText('Citation style: Footnote notes (source, location, marker). Each footnote shows the citation, location (paragraph, page).');
  // Every claim comes from the one summary, so the briefing takes its title.
  await expect(exportDialog.getByLabel('Title')).toHaveValue('Briefing: 美日稀土协议难破中国“封锁”');
  await page.keyboard.press('Escape');

  // One chosen claim: Ctrl+E exports just it, and the count agrees with its noun.
  await page.getByRole('checkbox', { name: /Include in briefing: Over 90% of rare earth refining/ }).check();
  await expect(page.getByRole('status').filter({ hasText: '1 of 10 chosen' })).toBeVisible();
  await page.keyboard.press('Control+E');
  await expect(exportDialog).toContainText('1 claim, grouped under their sections');
});

test('a new briefing is untitled with the date, and its Date field shows the date the preview prints', async ({ app: page }) => {
  await importSeed(page);
  await page.getByRole('link', { name: /Briefings/ }).click();
  await page.getByRole('button', { name: 'New briefing' }).click();
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const composer = page.getByRole('region', { name: 'Composer' });
  await expect(composer.getByRole('textbox', { name: 'Title' })).toHaveValue(/^Untitled briefing, \d{1,2} \w+ \d{4}$/);
  await expect(composer.getByRole('textbox', { name: 'Date' })).toHaveValue(today);
  await expect(page.getByRole('article', { name: 'Briefing preview' })).toContainText(today);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export this briefing' }).getByTestId('export-settings')).toContainText('Citation style: Footnote notes');
});

test('the cite picker is searchable and shows whole claims; a claim cited in two sources counts 2, and the matrix tells the sources apart', async ({ app: page }) => {
  await importSeed(page);
  await importSamePublisher(page);

  // The picker lists whole claims, however long, and narrows as the analyst types.
  await selectInReader(page, 'reached 270,000 tons last year');
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Cite for claim…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite for claim' });
  await expect(dialog.getByRole('radio').first()).toBeVisible();
  const longest = dialog.getByRole('radio', { name: /requiring export licenses for products containing over 0\.1% Chinese rare earth components/ });
  await expect(longest).toHaveCount(1);
  await page.keyboard.press('Escape');
  await citeFor(page, 'reached 270,000 tons last year', '270,000 tons', OUTPUT_CLAIM_START);

  await page.getByRole('link', { name: /Claims/ }).click();
  const row = page.getByTestId('claim').filter({ hasText: OUTPUT_CLAIM });
  // evaluateAll does not wait: the header must be drawn before its columns are counted.
  await expect(row).toBeVisible();
  const sourcesColumn = await page.getByRole('columnheader').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.startsWith('Sources')));
  await expect(row.getByRole('cell').nth(sourcesColumn)).toHaveText('2');
  // Its figures sit beside its text.
  await expect(row.getByRole('list', { name: /Figures of:/ })).toContainText(/270000\stons/);
  // A claim with the markers [2][15] names two works of the summary's reference list.
  const twoMarkers = page.getByTestId('claim').filter({ hasText: 'unlikely to disrupt China' });
  await expect(twoMarkers.getByRole('cell').nth(sourcesColumn)).toHaveText('2');

  await page.getByRole('navigation', { name: 'Claims views' }).getByRole('link', { name: 'Matrix' }).click();
  const headers = page.getByRole('table', { name: 'Claims by source' }).getByRole('columnheader');
  await expect(headers.filter({ hasText: '美日稀土协议难破中国“封锁”' })).toContainText('Sou Hu Cai Jing · 2025-10-30');
  // A long title is cut at a word in the narrow column; the whole of it is the header's tooltip.
  const second = headers.filter({ hasText: 'Rare earth output rises again' });
  await expect(second).toContainText('Sou Hu Cai Jing · 2025-11-02');
  await expect(second).toHaveAttribute('title', 'Rare earth output rises again as quotas grow · Sou Hu Cai Jing · 2025-11-02');
});

test('an English source is named English, and its Chinese title is marked Chinese', async ({ app: page }) => {
  await importSeed(page);
  await expect(page.locator('.reader dd').filter({ hasText: /^English$/ })).toBeVisible();
  await expect(page.locator('.reader .reader-body')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.reader h2[lang="zh"]')).toHaveText('美日稀土协议难破中国“封锁”');
  // Latin text is set in a Latin font, Chinese text in a CJK one.
  const fonts = await page.evaluate(() => {
    const latin = [...document.querySelectorAll<HTMLElement>('.reader .block-text')].find((b) => b.textContent?.includes("world's output"));
    const han = document.querySelector<HTMLElement>('.reader h2[lang="zh"]');
    return { latin: latin ? getComputedStyle(latin).fontFamily : '', han: han ? getComputedStyle(han).fontFamily : '' };
  });
  expect(fonts.latin).not.toMatch(/CJK/);
  expect(fonts.han).toMatch(/^"Noto Serif CJK SC"/);
});
