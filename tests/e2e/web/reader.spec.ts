import { readFile } from 'node:fs/promises';
import { test, expect, importSeed } from './fixtures';
import { gapsBetweenRows, selectInReader } from './reader-helpers';

const PHRASE = "270,000 tons, which is 70% of the world's output";

test('highlight and note a passage; both survive a reload', async ({ app: page }) => {
  await importSeed(page);
  await selectInReader(page, PHRASE);
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await toolbar.getByRole('button', { name: 'Highlight green' }).click();
  await expect(page.locator('mark.hl-green')).toHaveText(PHRASE);

  await selectInReader(page, 'Over 90% of rare earth refining');
  await toolbar.getByRole('button', { name: 'Note' }).click();
  const note = page.getByRole('textbox', { name: 'Note on “Over 90% of rare earth refining”' });
  await expect(note).toBeFocused();
  await note.fill('Check against USGS figures');
  await page.getByRole('textbox', { name: 'Tags on “Over 90% of rare earth refining”' }).fill('refining, verify');
  await page.getByRole('textbox', { name: 'Tags on “Over 90% of rare earth refining”' }).press('Enter');
  await expect(page.getByTestId('annotation')).toHaveCount(2);
  // The tags are stored once the write commits; the mark's title shows them then (a reload before would lose the race).
  await expect(page.locator('mark.hl-yellow')).toHaveAttribute('title', /#refining #verify/);

  await page.reload();
  await expect(page.locator('mark.hl-green')).toHaveText(PHRASE);
  await expect(page.getByRole('textbox', { name: 'Note on “Over 90% of rare earth refining”' })).toHaveValue('Check against USGS figures');
  await expect(page.getByRole('textbox', { name: 'Tags on “Over 90% of rare earth refining”' })).toHaveValue('refining, verify');
  await page.getByLabel('Go to paragraph').fill('6');
  await page.getByLabel('Go to paragraph').press('Enter');
  await expect(page.locator('mark.hl-yellow')).toHaveAttribute('title', /Check against USGS figures\n#refining #verify/);
});

test('delete an annotation and undo it', async ({ app: page }) => {
  await importSeed(page);
  await selectInReader(page, PHRASE);
  await page.keyboard.press('h');
  await expect(page.getByTestId('annotation')).toHaveCount(1);
  await page.getByRole('button', { name: /Delete annotation/ }).click();
  await expect(page.getByTestId('annotation')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByTestId('annotation')).toHaveCount(1);
  await expect(page.locator('mark.hl-yellow')).toHaveText(PHRASE);
});

test('a new claim from a selection is cited by that passage, and "Show in source" goes back and flashes it', async ({ app: page }) => {
  await importSeed(page);
  await selectInReader(page, PHRASE);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'New claim from selection' }).click();
  const dialog = page.getByRole('dialog', { name: 'New claim from selection' });
  await dialog.getByRole('textbox', { name: 'Claim' }).fill('China produces 70% of world rare-earth output');
  await dialog.getByRole('button', { name: 'Create claim' }).click();
  await expect(page.locator('mark.citation')).toHaveText(PHRASE);
  await expect(page.locator('mark.citation')).toHaveAttribute('title', 'Supports: China produces 70% of world rare-earth output');

  await page.getByRole('link', { name: /Claims/ }).click();
  const claim = page.getByTestId('claim').filter({ hasText: 'China produces 70% of world rare-earth output' });
  await expect(claim.getByTestId('citation')).toContainText('resolved');
  await claim.getByRole('link', { name: 'Show in source' }).click();
  await expect(page.locator('mark.flash')).toHaveText(PHRASE);
});

test('find in document counts matches and steps through them; go to paragraph', async ({ app: page }) => {
  await importSeed(page);
  await page.locator('.reader-scroll').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+F');
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  await expect(find).toBeFocused();
  await find.fill('rare earth');
  await expect(page.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
  const total = Number((await page.getByTestId('find-count').textContent())?.split(' of ')[1]);
  expect(total).toBeGreaterThan(5);
  await find.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText(`2 of ${total}`);
  await expect(page.locator('mark.find-current')).toHaveCount(1);
  await page.getByLabel('Go to paragraph').fill('9');
  await page.getByLabel('Go to paragraph').press('Enter');
  await expect(page.locator('#para-9')).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('#para-10')).toBeFocused();
});

test('a 100,000-word document opens with only the visible blocks drawn, and jumps to any paragraph', async ({ app: page }) => {
  const words = 'rare earth output grew while prices fell across the region and the ministry said so '.split(' ');
  const paragraphs = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i + 1}: ${Array.from({ length: 50 }, (_, j) => words[(i + j) % words.length]).join(' ')}.`);
  await page.getByLabel('Import files').setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(`Long report\n\n${paragraphs.join('\n\n')}`) });
  await expect(page.getByTestId('notice-success')).toContainText('Imported “Long report”');
  expect(await page.locator('.reader .block').count()).toBeLessThan(60);
  await page.getByLabel('Go to paragraph').fill('1750');
  await page.getByLabel('Go to paragraph').press('Enter');
  await expect(page.locator('#para-1750')).toBeFocused();
  await expect(page.locator('#para-1750')).toContainText('Paragraph 1750:');
  expect(await page.locator('.reader .block').count()).toBeLessThan(60);
  // Each drawn block is placed at its measured height (taken after the browser's layout, not forced in React's
  // commit), so the blocks stack without overlapping or leaving gaps.
  await expect.poll(() => gapsBetweenRows(page, '.reader-body-list > .virtual-row')).toEqual([]);
});


test('re-importing an edited version carries the annotations and says how they were placed', async ({ app: page }) => {
  const original = ['Team report', '', 'Team Alpha reduced latency by twelve percent in the spring release.', '', 'Storage costs rose slightly over the year as usage grew.', '', 'The review board met four times and approved the plan.'].join('\n');
  await page.getByLabel('Import files').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(original) });
  await expect(page.getByTestId('notice-success')).toContainText('Imported “Team report”');
  const phrases = ['Team Alpha reduced latency by twelve percent', 'Storage costs rose slightly', 'The review board met four times'];
  for (const [i, phrase] of phrases.entries()) {
    await selectInReader(page, phrase);
    await page.keyboard.press('h');
    await expect(page.getByTestId('annotation')).toHaveCount(i + 1);
  }

  const edited = ['Team report', '', 'Team Beta reduced latency by ten percent in the autumn release.', '', 'Storage costs rose sharply over the year as usage grew.', '', 'A new opening line.', '', 'The review board met four times and approved the plan.'].join('\n');
  await page.getByLabel('Import files').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(edited) });
  await expect(page.getByTestId('notice-success').last()).toContainText(/carried to this version: 1 placed exactly, 1 placed approximately, 1 orphaned|1 placed exactly, \d placed approximately, \d need review \(drifted\), \d orphaned/);
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Team report');
  // The note on Team Alpha never jumps to Team Beta.
  await expect(page.locator('mark.hl-yellow').filter({ hasText: 'Team Beta' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Needs review' })).toContainText('Team Alpha reduced latency by twelve percent');
  await expect(page.locator('mark.hl-yellow').filter({ hasText: 'The review board met four times' })).toHaveCount(1);
});

test('annotations export as Web Annotation JSON-LD and import into a fresh workspace', async ({ app: page, browser }, testInfo) => {
  await importSeed(page);
  await selectInReader(page, PHRASE);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Note' }).click();
  await page.getByRole('textbox', { name: /Note on/ }).fill('Key figure');
  await page.getByRole('textbox', { name: /Tags on/ }).fill('supply');
  await page.getByRole('textbox', { name: /Tags on/ }).press('Enter');
  await page.getByRole('link', { name: /Workspace/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export annotations' }).click();
  const file = testInfo.outputPath('annotations.jsonld');
  await (await download).saveAs(file);
  const json = JSON.parse(await readFile(file, 'utf8'));
  expect(json.type).toBe('AnnotationCollection');
  expect(JSON.stringify(json)).toContain('TextQuoteSelector');

  const fresh = await browser.newPage();
  await fresh.goto('/');
  await importSeed(fresh);
  await fresh.getByRole('link', { name: /Workspace/ }).click();
  await fresh.getByLabel('Import annotations').setInputFiles(file);
  await expect(fresh.getByTestId('notice-success').last()).toContainText('1 annotation imported');
  await fresh.getByRole('link', { name: /Library/ }).click();
  await expect(fresh.locator('mark.hl-yellow')).toHaveText(PHRASE);
  await expect(fresh.getByRole('textbox', { name: /Note on/ })).toHaveValue('Key figure');

  // A file that is not JSON is refused with a reason.
  const bad = testInfo.outputPath('bad.jsonld');
  await (await import('node:fs/promises')).writeFile(bad, '{oops');
  await fresh.getByRole('link', { name: /Workspace/ }).click();
  await fresh.getByLabel('Import annotations').setInputFiles(bad);
  await expect(fresh.getByTestId('notice-error')).toContainText('not valid JSON');
  await fresh.close();
});
