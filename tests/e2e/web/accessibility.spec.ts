import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, importSeed } from './fixtures';
import { selectInReader } from './reader-helpers';

async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on any view (${colorScheme})`, async ({ app: page }) => {
    // Each axe pass takes seconds and the claims views add several.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(page, 'empty library');
    await page.getByRole('link', { name: /Claims/ }).click();
    await expectNoSeriousViolations(page, 'empty claims');
    await page.getByRole('link', { name: /Briefings/ }).click();
    await expectNoSeriousViolations(page, 'empty briefings');

    await page.getByRole('button', { name: 'Paste text…' }).first().click();
    await expectNoSeriousViolations(page, 'paste dialog');
    await page.keyboard.press('Escape');

    await importSeed(page);
    await expectNoSeriousViolations(page, 'library with a source');
    await selectInReader(page, "270,000 tons, which is 70% of the world's output");
    await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
    await expectNoSeriousViolations(page, 'reader with the selection toolbar');
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Note' }).click();
    await expect(page.getByTestId('annotation')).toHaveCount(1);
    await expectNoSeriousViolations(page, 'reader with an annotation');
    await page.getByRole('button', { name: 'Candidate claims' }).click();
    await expect(page.getByRole('region', { name: /Candidate claims/ })).toBeVisible();
    await expectNoSeriousViolations(page, 'reader with candidate claims');
    await page.getByRole('button', { name: 'Link to original…' }).click();
    await expectNoSeriousViolations(page, 'link to original dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: /Claims/ }).click();
    await expectNoSeriousViolations(page, 'claims');
    await page.getByRole('link', { name: /70% of the world's output/ }).click();
    await expect(page.getByRole('heading', { name: 'Evidence for the claim' })).toBeVisible();
    await expectNoSeriousViolations(page, 'claim evidence');
    await page.getByRole('button', { name: 'Split…' }).click();
    await expectNoSeriousViolations(page, 'split dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Merge with…' }).click();
    await expectNoSeriousViolations(page, 'merge dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Matrix' }).click();
    await expect(page.getByRole('table', { name: 'Claims by source' })).toBeVisible();
    await expectNoSeriousViolations(page, 'claims matrix');
    await page.getByRole('link', { name: 'Conflicts' }).click();
    await expectNoSeriousViolations(page, 'conflicts');
    await page.getByRole('link', { name: 'List' }).click();
    await page.getByRole('button', { name: 'Choose all' }).click();
    await page.getByRole('button', { name: 'Export briefing' }).click();
    await expectNoSeriousViolations(page, 'export dialog');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    await download;
    await page.getByRole('link', { name: /Briefings/ }).click();
    await expect(page.getByRole('article', { name: 'Briefing preview' }).getByRole('heading', { level: 2 })).toBeVisible();
    await expectNoSeriousViolations(page, 'briefings');
    await page.getByRole('link', { name: /Workspace/ }).click();
    await expectNoSeriousViolations(page, 'workspace');
    await page.getByRole('link', { name: /Settings/ }).click();
    await expectNoSeriousViolations(page, 'settings');

    // Briefing composer and its dialogs (issue 6).
    await page.getByRole('link', { name: /Briefings/ }).click();
    await expect(page.getByRole('region', { name: 'Composer' })).toBeVisible();
    await expectNoSeriousViolations(page, 'briefing composer');
    await page.getByRole('button', { name: 'Add claims…' }).click();
    await expectNoSeriousViolations(page, 'add claims dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export…' }).click();
    await expectNoSeriousViolations(page, 'briefing export dialog');
    await page.keyboard.press('Escape');
  });
}

test('every action is reachable from the keyboard', async ({ app: page }) => {
  // Ctrl+Shift+V opens the paste dialog, typing and Enter-free submit via the Import button.
  await page.keyboard.press('Control+Shift+V');
  const box = page.getByRole('textbox', { name: 'Text to import' });
  await expect(box).toBeFocused();
  await box.fill('Keyboard note\nMe - Output rose 4% in 2024 [1] Next - Prices fell [2]');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice-success')).toContainText('2 claims, 2 citations');

  // Tab reaches the navigation links and the import controls.
  await page.getByRole('link', { name: /Library/ }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Claims/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('claim')).toHaveCount(2);

  // Ctrl+E opens the export from anywhere; with nothing chosen it asks first.
  await page.keyboard.press('Control+E');
  await expect(page.getByRole('dialog', { name: 'No claims chosen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The pane separator resizes from the keyboard.
  await page.getByRole('link', { name: /Library/ }).click();
  const separator = page.getByRole('separator', { name: 'Resize sources' });
  await separator.focus();
  const before = await page.getByRole('region', { name: 'Sources' }).boundingBox();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const after = await page.getByRole('region', { name: 'Sources' }).boundingBox();
  expect(after?.width ?? 0).toBeGreaterThan(before?.width ?? 0);
});

test('the axe check does find a violation when there is one', async ({ app: page }) => {
  // Guards against a check that cannot fail: a button with no accessible name is a critical violation.
  await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<button id="nameless"></button>'));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a']).analyze();
  expect(results.violations.map((v) => `${v.id}:${v.impact}`)).toContain('button-name:critical');
});
