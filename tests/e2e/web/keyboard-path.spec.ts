import type { Page } from '@playwright/test';
import { test, expect, SEED_FIXTURE } from './fixtures';

// Tab presses allowed to reach one control: enough for the navigation and a view's toolbar, not a runaway loop.
const MAX_TABS = 80;

/** What has focus, described well enough to assert on: never the page body. */
async function focused(page: Page): Promise<{ tag: string; id: string; label: string; paragraph: string | null; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      label: el?.getAttribute('aria-label') ?? el?.closest('label')?.textContent?.trim() ?? '',
      paragraph: el?.dataset.paragraph ?? null,
      text: (el?.textContent ?? '').trim().slice(0, 80),
    };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

async function expectFocusNotOnBody(page: Page, after: string): Promise<void> {
  await expect.poll(async () => (await focused(page)).tag, { message: `focus after ${after}` }).not.toMatch(/^(BODY|)$/);
}

test('keyboard only: import, a claim made from a paragraph with J, Shift+→ and C, and a briefing export', async ({ app: page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Import: Tab to “Import files”, open the file chooser with the keyboard.
  await tabTo(page, (f) => f.tag === 'INPUT' && f.label.includes('Import files'), 'Import files');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(SEED_FIXTURE);
  await expect(page.getByTestId('notice-success')).toContainText('10 claims, 12 citations');
  // Focus is on the new item: the imported source's title in the reader.
  await expect.poll(async () => (await focused(page)).id).toBe('reader-title');

  // J to the paragraphs, down to the one on China's reserves.
  await page.keyboard.press('j');
  await expect.poll(async () => (await focused(page)).paragraph).toBe('1');
  for (let i = 0; i < 12 && !(await focused(page)).text.includes('China holds a dominant position'); i++) {
    const from = (await focused(page)).paragraph;
    await page.keyboard.press('j');
    await expect.poll(async () => (await focused(page)).paragraph).not.toBe(from);
  }
  const paragraph = (await focused(page)).paragraph;
  expect((await focused(page)).text).toContain('China holds a dominant position');

  // Shift+→ five times selects the first five words, announced as they grow.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('reader-announcement')).toHaveText('Selected: China holds a dominant position');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('reader-announcement')).toHaveText('Selected: China holds a dominant');
  await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('China holds a dominant position');

  // C: a new claim whose citation is exactly the selected words.
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'New claim from selection' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('blockquote')).toContainText('China holds a dominant position');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard claim: China dominates rare earths');
  await tabTo(page, (f) => f.text === 'Create claim', 'Create claim');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notice-success').last()).toContainText('Claim created');
  // Focus is back on the paragraph the claim came from.
  await expect.poll(async () => (await focused(page)).paragraph).toBe(paragraph);
  await expect(page.locator(`#para-${paragraph} mark.citation`)).toHaveText('China holds a dominant position');

  // H on the focused paragraph highlights all of it.
  await page.keyboard.press('h');
  await expect(page.getByTestId('reader-announcement')).toHaveText(`Highlighted paragraph ${paragraph}.`);
  await expect(page.getByTestId('annotation')).toHaveCount(1);

  // The palette goes to Claims; focus lands in the new view.
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('Claims');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Claims', level: 1 })).toBeVisible();
  await expectFocusNotOnBody(page, 'the palette');

  // Choose the new claim with the keyboard and export a briefing of it.
  const box = page.getByRole('checkbox', { name: /Include in briefing: Keyboard claim/ });
  await expect(box).toBeVisible();
  await tabTo(page, (f) => f.label.startsWith('Include in briefing: Keyboard claim'), 'the new claim’s checkbox');
  if (!(await box.isChecked())) await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.keyboard.press('ControlOrMeta+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export briefing' });
  await expect(exportDialog).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, (f) => f.text === 'Export Markdown', 'Export Markdown');
  await page.keyboard.press('Enter');
  const markdown = await (await download).path();
  expect(markdown).toBeTruthy();
  await expect(exportDialog).toBeHidden();
  // Back on the checkbox the export started from.
  await expect.poll(async () => (await focused(page)).label).toMatch(/^Include in briefing: Keyboard claim/);
});

test('every dialog gives focus back to the control that opened it', async ({ app: page }) => {
  await page.getByLabel('Import files').setInputFiles(SEED_FIXTURE);
  await expect(page.getByTestId('notice-success')).toContainText('10 claims, 12 citations');

  // Paste dialog, closed with Escape.
  const paste = page.getByRole('button', { name: 'Paste text…' }).first();
  await paste.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Paste text to import' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(paste).toBeFocused();

  // Link to original, closed with its Cancel button.
  const link = page.getByRole('button', { name: 'Link to original…' });
  await link.focus();
  await page.keyboard.press('Enter');
  const linkDialog = page.getByRole('dialog', { name: 'Link to original' });
  await expect(linkDialog).toBeVisible();
  await linkDialog.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(link).toBeFocused();

  // The palette, closed with Escape, and a manager it opens.
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('Manage tags');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /tags/i })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();

  // Claims: split and merge dialogs from the evidence view.
  await page.getByRole('link', { name: /Claims/ }).press('Enter');
  await page.getByRole('link', { name: /70% of the world's output/ }).press('Enter');
  for (const name of ['Split…', 'Merge with…']) {
    const opener = page.getByRole('button', { name });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(opener).toBeFocused();
  }

  // A control that disappears with its action (deleting a claim) leaves focus on the view, not on the page body.
  await page.getByRole('link', { name: 'List' }).press('Enter');
  const remove = page.getByRole('button', { name: /^Delete claim: / }).first();
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice-info')).toContainText('Claim deleted');
  await expectFocusNotOnBody(page, 'deleting a claim');
});

test('Tab enters the text at a paragraph, and the palette lists and runs the reader’s commands with their keys', async ({ app: page }) => {
  await page.getByLabel('Import files').setInputFiles(SEED_FIXTURE);
  await expect(page.getByTestId('notice-success')).toContainText('10 claims, 12 citations');
  await page.getByRole('button', { name: 'Find' }).focus();
  await tabTo(page, (f) => f.paragraph !== null, 'a paragraph of the text');
  const entered = (await focused(page)).paragraph;
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await focused(page)).paragraph).toBe(String(Number(entered) + 1));

  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  for (const [name, keys] of [
    ['Highlight paragraph or selection', 'H'],
    ['New claim from paragraph or selection', 'C'],
    ['Cite paragraph or selection for a claim…', 'Shift\\+C'],
    ['New briefing', 'Briefings'],
    ['Back up now', 'Ctrl\\+Shift\\+S'],
    ['Export briefing…', 'Ctrl\\+E'],
  ]) {
    await expect(palette.getByRole('option', { name: new RegExp(`^${name}.*${keys}`) })).toBeVisible();
  }
  await page.keyboard.type('highlight paragraph');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByTestId('reader-announcement')).toHaveText(`Highlighted paragraph ${Number(entered) + 1}.`);
  await expect(page.getByTestId('annotation')).toHaveCount(1);
  await expect.poll(async () => (await focused(page)).paragraph).toBe(String(Number(entered) + 1));
});
