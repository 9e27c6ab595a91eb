import { companionForFreshWorkspace, composeFromSeed, composerClaimLinks } from './briefing-helpers';
import { test, expect, SEED_FIXTURE } from './fixtures';

test('importing the original after its briefing companion fills the text-less source instead of refusing it', async ({ app: page, browser }, testInfo) => {
  await composeFromSeed(page);
  const { companion, links, fresh, context } = await companionForFreshWorkspace(page, browser, testInfo);
  await fresh.getByLabel('Import briefing').setInputFiles(companion);
  await expect(fresh.getByTestId('notice-success').last()).toContainText('1 new source (');

  await fresh.getByRole('link', { name: /Library/ }).click();
  await fresh.getByLabel('Import files').setInputFiles(SEED_FIXTURE);
  const notice = fresh.getByTestId('notice-success').last();
  await expect(notice).toContainText('Filled the source a briefing companion named without its text; the 12 citations in it now point at this text.');
  await expect(notice).not.toContainText('already in the workspace');
  // One source, now with its text; the claims are the companion's ten, not ten more.
  await expect(fresh.getByRole('link', { name: /^Library/ }).locator('.count')).toHaveText('1');
  await expect(fresh.getByRole('link', { name: /^Claims/ }).locator('.count')).toHaveText('10');
  await expect(fresh.getByRole('article')).toContainText('稀土');

  // The briefing's claims still link where they did.
  await fresh.getByRole('link', { name: /Briefings/ }).click();
  await fresh.getByRole('link', { name: /Rare earths brief/ }).click();
  expect(await composerClaimLinks(fresh)).toEqual(links);
  await context.close();
});
