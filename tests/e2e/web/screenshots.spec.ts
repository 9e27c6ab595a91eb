import type { Page } from '@playwright/test';
import { test, expect, importSeed } from './fixtures';
import { selectInReader } from './reader-helpers';

// Two more clippings that report the seed's output figure, so one claim rests on evidence from two sources.
const CLIPPINGS = [
  {
    name: 'output-rises.txt',
    title: 'Rare earth output rises again as quotas grow',
    text: [
      'Rare earth output rises again as quotas grow',
      'Sou Hu Cai Jing·2025-11-02 09:15',
      '',
      'Mine output of rare earths in China reached 270,000 tons last year, about 70% of the world total, according to the industry ministry.',
    ],
    passage: 'reached 270,000 tons last year, about 70% of the world total',
  },
  {
    name: 'mining-weekly.txt',
    title: 'Quotas and the world market',
    text: ['Quotas and the world market', 'Mining Weekly·2025-11-04 10:00', '', 'Chinese mines produced some 270,000 tons of rare earth oxide, roughly 70% of global supply, on reserves of 44 million tons.'],
    passage: 'produced some 270,000 tons of rare earth oxide, roughly 70% of global supply',
  },
];
const OUTPUT_CLAIM = 'China holds a dominant position in the global rare earth industry';

/** Dismisses every message on screen, so a screenshot shows the view and not the messages over it. */
async function dismissMessages(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/** Imports a clipping and cites its passage for the seed's output claim through the searchable picker. */
async function citeFromClipping(page: Page, clipping: (typeof CLIPPINGS)[number]): Promise<void> {
  await page.getByLabel('Import files').setInputFiles({ name: clipping.name, mimeType: 'text/plain', buffer: Buffer.from(clipping.text.join('\n'), 'utf8') });
  await expect(page.getByRole('heading', { name: clipping.title })).toBeVisible();
  await selectInReader(page, clipping.passage);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Cite for claim…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite for claim' });
  await dialog.getByRole('searchbox', { name: 'Search claims' }).fill('270,000');
  await dialog.getByRole('radio', { name: OUTPUT_CLAIM }).check();
  return dialog.getByRole('button', { name: 'Cite' }).click();
}

// Screenshots of each view, for looking at the app as a user does; `npm run screenshots` writes them where the README shows them.
test('screenshots of the main views', async ({ app: page }, testInfo) => {
  const OUT = process.env.SCREENSHOT_DIR ?? testInfo.outputPath();
  await page.setViewportSize({ width: 1280, height: 800 });
  await importSeed(page);
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(page.getByTestId('notice-success')).toHaveCount(0);
  await page.screenshot({ path: `${OUT}/library.png` });
  await selectInReader(page, "270,000 tons, which is 70% of the world's output");
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Note' }).click();
  await page.getByRole('textbox', { name: /Note on/ }).fill('Key figure: check against USGS Mineral Commodity Summaries');
  await selectInReader(page, 'Over 90% of rare earth refining is controlled by China');
  await page.screenshot({ path: `${OUT}/reader-annotating.png` });
  await page.keyboard.press('Escape');

  for (const clipping of CLIPPINGS) {
    await citeFromClipping(page, clipping);
    await expect(page.getByTestId('notice-success').last()).toContainText('Passage cited (supports)');
  }
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(10);
  const output = page.getByTestId('claim').filter({ hasText: OUTPUT_CLAIM });
  await output.getByRole('checkbox').check();
  await page.getByTestId('claim').filter({ hasText: 'Over 90% of rare earth refining' }).getByRole('checkbox').check();
  await dismissMessages(page);
  await page.screenshot({ path: `${OUT}/claims.png` });

  // The README's picture: one claim with its evidence, the summary's marker and passages from two sources.
  await output.getByRole('link', { name: OUTPUT_CLAIM }).click();
  await expect(page.getByRole('heading', { name: 'Evidence for the claim' })).toBeVisible();
  const evidence = page.getByTestId('evidence-citation');
  await expect(evidence).toHaveCount(3);
  await evidence.first().evaluate((el) => el.closest('section')?.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${OUT}/claim-evidence.png` });

  await page.getByRole('navigation', { name: 'Claims views' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByRole('table', { name: 'Claims by source' })).toBeVisible();
  await page.screenshot({ path: `${OUT}/matrix.png` });
  await page.getByRole('navigation', { name: 'Claims views' }).getByRole('link', { name: 'List' }).click();

  await page.keyboard.press('Control+E');
  await expect(page.getByRole('dialog', { name: 'Export briefing' })).toBeVisible();
  await page.screenshot({ path: `${OUT}/export-dialog.png` });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await download;
  await page.getByRole('link', { name: /Briefings/ }).click();
  await expect(page.getByRole('article', { name: 'Briefing preview' })).toContainText('Sources');
  await dismissMessages(page);
  await page.screenshot({ path: `${OUT}/briefings.png` });
  await page.getByRole('button', { name: 'Check links' }).click();
  await expect(page.getByTestId('link-audit')).toContainText('wrong 0');
  await page.getByTestId('link-audit').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/check-links.png` });
  await page.getByRole('searchbox', { name: 'Search everything' }).or(page.getByRole('textbox', { name: 'Search everything' })).fill('稀土');
  await expect(page.getByText(/稀土/).first()).toBeVisible();
  await page.screenshot({ path: `${OUT}/search.png` });
  await page.getByRole('button', { name: 'Close search' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('link', { name: /Library/ }).click();
  await page.screenshot({ path: `${OUT}/library-dark.png` });
});
