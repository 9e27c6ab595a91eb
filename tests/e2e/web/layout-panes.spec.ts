import type { Page } from '@playwright/test';
import { test, expect, SEED_FIXTURE } from './fixtures';
import { composeFromSeed } from './briefing-helpers';

/** Scrolls the view's content with the wheel and checks that its toolbar and the navigation did not move. */
async function expectToolbarStays(page: Page, view: string, { mustScroll }: { mustScroll: boolean }): Promise<void> {
  const toolbar = page.locator('main .toolbar').first();
  await expect(toolbar).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  const before = { toolbar: await toolbar.boundingBox(), nav: await nav.boundingBox() };
  await page.mouse.move(900, 600);
  // Far enough to reach the pane's end, where a wheel would go on to scroll the page if the page could scroll.
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 1200);
  await page.waitForTimeout(200);
  const after = { toolbar: await toolbar.boundingBox(), nav: await nav.boundingBox() };
  expect(after.toolbar?.y, `${view}: the toolbar stays`).toBe(before.toolbar?.y);
  expect(after.nav, `${view}: the navigation stays`).toEqual(before.nav);
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0), `${view}: the page itself does not scroll`).toBe(0);
  const overflow = await page.evaluate(() => [document.documentElement, document.body, document.querySelector('main')].map((el) => (el ? el.scrollHeight - el.clientHeight : 0)));
  expect(overflow, `${view}: neither the page nor the main area is taller than the window`).toEqual([0, 0, 0]);
  // The navigation's background runs the full height of the window.
  expect(after.nav?.height, `${view}: the navigation is full height`).toBe(page.viewportSize()?.height);
  if (mustScroll) {
    const scrolled = await page.evaluate(() => [...document.querySelectorAll('main *')].some((el) => el.scrollTop > 0));
    expect(scrolled, `${view}: its own pane scrolled`).toBe(true);
  }
}

test('no view scrolls its toolbar or the navigation away at 1280×800', async ({ app: page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await composeFromSeed(page);
  await expectToolbarStays(page, 'briefings', { mustScroll: true });
  await page.getByRole('link', { name: /Library/ }).click();
  await expect(page.locator('.reader .block-text').first()).toBeVisible();
  await expectToolbarStays(page, 'library', { mustScroll: true });
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByRole('link', { name: /70% of the world's output/ })).toBeVisible();
  await expectToolbarStays(page, 'claims list', { mustScroll: true });
  await page.getByRole('link', { name: /70% of the world's output/ }).click();
  await expect(page.getByRole('heading', { name: 'Evidence for the claim' })).toBeVisible();
  await expectToolbarStays(page, 'claim evidence', { mustScroll: false });
  await page.getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByRole('table', { name: 'Claims by source' })).toBeVisible();
  await expectToolbarStays(page, 'claims matrix', { mustScroll: false });
  await page.getByRole('link', { name: 'Conflicts' }).click();
  await expectToolbarStays(page, 'conflicts', { mustScroll: false });
  await page.getByRole('link', { name: /Workspace/ }).click();
  await expectToolbarStays(page, 'workspace', { mustScroll: false });
  await page.getByRole('link', { name: /Settings/ }).click();
  await expectToolbarStays(page, 'settings', { mustScroll: false });
});

test('at 1280×800 the briefing editor and preview share the width without overflow', async ({ app: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await composeFromSeed(page);
  const preview = await page.getByRole('article', { name: 'Briefing preview' }).boundingBox();
  const citations = await page.getByRole('group', { name: 'Citations' }).boundingBox();
  const style = await page.getByRole('combobox', { name: 'Citation style' }).boundingBox();
  expect(preview && citations && style).toBeTruthy();
  if (!preview || !citations || !style) return;
  expect(citations.x + citations.width, 'the Citations fieldset ends before the preview').toBeLessThanOrEqual(preview.x);
  expect(style.x + style.width, 'the style select ends inside its fieldset').toBeLessThanOrEqual(citations.x + citations.width);
  expect(preview.width, 'the preview has a fair share of the width').toBeGreaterThan(350);
  const [exportButton, deleteButton] = await Promise.all([page.getByRole('button', { name: 'Export…' }).boundingBox(), page.getByRole('button', { name: 'Delete briefing' }).boundingBox()]);
  expect(deleteButton?.y, '“Delete briefing” sits on the row of the other actions').toBe(exportButton?.y);
});

test('the reader’s annotations pane can be hidden, stays hidden, and the text keeps a readable measure', async ({ app: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel('Import files').setInputFiles(SEED_FIXTURE);
  await expect(page.getByTestId('notice-success')).toContainText('10 claims');
  const toggle = page.getByRole('button', { name: 'Annotations' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeHidden();
  // Characters per line of the longest English paragraph: a comfortable measure, neither cramped nor sprawling.
  const perLine = await page.evaluate(() => {
    const block = [...document.querySelectorAll<HTMLElement>('.reader .block-text')].sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
    if (!block) return 0;
    const lines = block.getClientRects().length > 1 ? block.getClientRects().length : Math.round(block.getBoundingClientRect().height / parseFloat(getComputedStyle(block).lineHeight));
    return (block.textContent?.length ?? 0) / lines;
  });
  expect(perLine).toBeGreaterThan(55);
  expect(perLine).toBeLessThan(80);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Annotations' })).toHaveAttribute('aria-expanded', 'false');
});
