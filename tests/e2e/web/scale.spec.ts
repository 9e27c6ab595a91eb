import { writeFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { generateWorkspace } from '../../bench/scale/generate-workspace';

// A generated workspace of 1,000 sources and 10,000 claims, restored through "Restore from a file…" as a user would.
const SOURCES = 1_000;
// The DOM a view may hold whatever the workspace size: what is on screen plus a margin.
const MAX_DOM_NODES = 5_000;

test('10,000 claims: the table scrolls to its last row, sorts and filters with a bounded DOM; matrix and conflicts open', async ({ app: page }, testInfo) => {
  test.setTimeout(240_000);
  const file = generateWorkspace({ sources: SOURCES, seed: 7 });
  const claims = file.tables.claims.length;
  const path = testInfo.outputPath('scale.footnote.json');
  await writeFile(path, JSON.stringify(file));

  await page.getByRole('link', { name: /Workspace/ }).click();
  await page.getByLabel('Restore from a file…').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Replace the current workspace?' });
  await expect(dialog).toContainText(`${SOURCES.toLocaleString('en')} sources, ${claims.toLocaleString('en')} claims`, { timeout: 60_000 });
  // Every value the restore's progress bar shows, recorded as the page draws it.
  await page.evaluate(() => {
    const seen: number[][] = [];
    (window as unknown as { restoreProgressSeen: number[][] }).restoreProgressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Restore progress"]');
      if (bar && seen.at(-1)?.[0] !== bar.value) seen.push([bar.value, bar.max]);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(page.getByTestId('notice-success').filter({ hasText: 'Workspace restored' })).toBeVisible({ timeout: 120_000 });
  // Some 45,000 rows (file and derived) in slices of 10,000: the bar moved forward more than once, towards all of them.
  const seen = await page.evaluate(() => (window as unknown as { restoreProgressSeen: number[][] }).restoreProgressSeen);
  expect(seen.length).toBeGreaterThan(1);
  expect(seen.map(([value]) => value)).toEqual([...seen.map(([value]) => value!)].sort((a, b) => a - b));
  expect(seen.at(-1)![1]).toBeGreaterThan(claims * 2);
  await expect(page.getByLabel('Restore progress')).toHaveCount(0);

  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `0 of ${claims.toLocaleString('en')} chosen` })).toBeVisible();
  const rows = page.getByTestId('claim');
  await expect(rows.first()).toBeVisible();
  const domNodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
  expect(await domNodes()).toBeLessThan(MAX_DOM_NODES);

  // Scrolled to the end, the last claim in reading order is drawn, and the DOM has not grown with the table.
  const scroller = page.getByTestId('claims-scroll');
  await expect(async () => {
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(page.locator(`tr[aria-rowindex="${claims + 1}"][data-testid=claim]`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const last = [...file.tables.claims].sort((a, b) => a.order - b.order || a.originSourceId!.localeCompare(b.originSourceId!) || a.id.localeCompare(b.id)).at(-1)!;
  await expect(page.locator(`tr[aria-rowindex="${claims + 1}"]`)).toContainText(last.text);
  expect(await domNodes()).toBeLessThan(MAX_DOM_NODES);

  // Sorting by the claim's text puts the alphabetically first text on top.
  await scroller.evaluate((el) => (el.scrollTop = 0));
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  const firstByText = [...file.tables.claims].map((c) => c.text.toLocaleLowerCase()).sort()[0]!;
  await expect(rows.first().locator('.claim-text')).toHaveText(new RegExp(`^${firstByText.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'));
  await expect(page.getByRole('columnheader', { name: /Claim/ })).toHaveAttribute('aria-sort', 'ascending');

  // Filtering by status counts from the index and shows only matching rows.
  const disputed = file.tables.claims.filter((c) => c.status === 'disputed').length;
  await page.getByRole('group', { name: 'Filter claims' }).getByLabel('Status').selectOption('disputed');
  await expect(page.getByRole('status').filter({ hasText: `of ${disputed.toLocaleString('en')} chosen` })).toBeVisible();
  for (const select of await rows.locator('select[aria-label^="Status of"]').all()) await expect(select).toHaveValue('disputed');
  await page.getByRole('group', { name: 'Filter claims' }).getByLabel('Status').selectOption('');
  await expect(page.getByRole('status').filter({ hasText: `of ${claims.toLocaleString('en')} chosen` })).toBeVisible();

  // The subject filter offers a screenful of the workspace's subjects once the analyst reaches for it, never a menu of
  // them all; choosing one narrows the table, clearing the box widens it again.
  const subject = page.getByRole('group', { name: 'Filter claims' }).getByRole('combobox', { name: 'Subject' });
  const offered = page.locator(`datalist[id="${await subject.getAttribute('list')}"] option`);
  await expect(offered).toHaveCount(0);
  await subject.focus();
  await expect.poll(() => offered.count()).toBeGreaterThan(0);
  expect(await offered.count()).toBeLessThanOrEqual(20);
  const firstSubject = (await offered.first().getAttribute('value')) ?? '';
  await subject.fill(firstSubject);
  const narrowed = page.getByRole('status').filter({ hasText: /of [\d,]+ chosen/u });
  await expect.poll(async () => Number(((await narrowed.textContent()) ?? '').match(/of ([\d,]+) chosen/u)?.[1]?.replace(/,/gu, '') ?? 'NaN')).toBeLessThan(claims);
  await subject.fill('');
  await expect(page.getByRole('status').filter({ hasText: `of ${claims.toLocaleString('en')} chosen` })).toBeVisible();

  // Nothing is chosen until the analyst chooses; all, none, then one: the count follows without a checkbox per claim.
  await expect(page.getByRole('status').filter({ hasText: `0 of ${claims.toLocaleString('en')} chosen` })).toBeVisible();
  await page.getByRole('button', { name: 'Choose all' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${claims.toLocaleString('en')} of ${claims.toLocaleString('en')} chosen` })).toBeVisible();
  await page.getByRole('button', { name: 'Choose none' }).click();
  await expect(page.getByRole('status').filter({ hasText: `0 of ${claims.toLocaleString('en')} chosen` })).toBeVisible();
  await rows.first().getByRole('checkbox').check();
  await expect(page.getByRole('status').filter({ hasText: `1 of ${claims.toLocaleString('en')} chosen` })).toBeVisible();

  await page.getByRole('navigation', { name: 'Claims views' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByTestId('matrix-row').first().getByRole('link')).toBeVisible();
  // Columns are the cited sources, most-cited first; a page of them is drawn, not a thousand.
  const matrix = page.getByRole('table', { name: 'Claims by source' });
  await expect(matrix.getByRole('columnheader').nth(1).getByRole('link')).toBeVisible();
  expect(await matrix.getByRole('columnheader').count()).toBeLessThan(40);
  await page.getByTestId('matrix-scroll').evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
  await expect(page.getByTestId('matrix-row').last().getByRole('link')).toBeVisible();
  expect(await domNodes()).toBeLessThan(MAX_DOM_NODES);

  await page.getByRole('navigation', { name: 'Claims views' }).getByRole('link', { name: 'Conflicts' }).click();
  await expect(page.getByTestId('conflict').first()).toBeVisible();
  expect(await domNodes()).toBeLessThan(MAX_DOM_NODES);

  // The table is not kept mounted behind the other tabs, yet the choice survives the visit.
  await page.getByRole('navigation', { name: 'Claims views' }).getByRole('link', { name: 'List' }).click();
  await expect(page.getByRole('status').filter({ hasText: `1 of ${claims.toLocaleString('en')} chosen` })).toBeVisible();
  // All but one chosen without listing them: a bulk tag reads the ids when it runs and tags exactly those.
  await page.getByRole('button', { name: 'Choose all' }).click();
  await rows.first().getByRole('checkbox').uncheck();
  await expect(page.getByRole('status').filter({ hasText: `${(claims - 1).toLocaleString('en')} of ${claims.toLocaleString('en')} chosen` })).toBeVisible();
  const bulk = page.getByRole('group', { name: 'Bulk actions on chosen claims' });
  await bulk.getByPlaceholder('Tag').fill('checked at scale');
  await bulk.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByTestId('notice-success').filter({ hasText: `added to ${(claims - 1).toLocaleString('en')} claims` })).toBeVisible({ timeout: 60_000 });
  await expect(rows.first()).not.toContainText('checked at scale');
  await expect(rows.nth(1)).toContainText('checked at scale', { timeout: 60_000 });

  await page.getByRole('link', { name: /Library/ }).click();
  const library = page.getByTestId('library-list');
  const bySourceTime = [...file.tables.sources].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  await expect(library.locator('.list-title').first()).toHaveText(bySourceTime.at(-1)!.title);
  // The list opens on its first page alone; scrolled to its end, it reads the rest and ends on the oldest import.
  // Items are measured as they are drawn, so the end moves while the list is scrolled there: scroll until it stays.
  // The last item drawn, by its place in the list, is the oldest import, at the list's last place.
  await expect
    .poll(() =>
      library.evaluate((el) => {
        el.scrollTo(0, el.scrollHeight);
        const items = [...el.querySelectorAll('.virtual-list-item')].map((li) => ({ at: Number(li.getAttribute('aria-posinset')), title: li.querySelector('.list-title')?.textContent }));
        const last = items.sort((a, b) => b.at - a.at)[0];
        return `${last?.title} at ${last?.at}`;
      }),
    )
    .toBe(`${bySourceTime[0]!.title} at ${SOURCES}`);
  expect(await domNodes()).toBeLessThan(MAX_DOM_NODES);
});
