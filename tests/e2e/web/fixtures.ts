import { test as base, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The read-only folder beside the project with fixtures and the corpus. */
export const SHARED_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared');
export const SEED_FIXTURE = resolve(SHARED_DIR, 'fixtures/seed-summary-rare-earths.txt');

/** Every test gets a fresh browser context, so a fresh, empty IndexedDB workspace; console errors fail the test. */
export const test = base.extend<{ app: Page }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await use(page);
    expect(errors, 'no errors in the page console').toEqual([]);
  },
});
export { expect };

/** Imports the seed summary through the "Import files" input and waits until it is stored. */
export async function importSeed(page: Page): Promise<void> {
  await page.getByLabel('Import files').setInputFiles(SEED_FIXTURE);
  await expect(page.getByTestId('notice-success')).toContainText('10 claims, 12 citations');
}
