import { test as base, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditWorkspaceLinks, formatAuditLine, type AuditRecords, type LinkAudit } from '../../../shared/audit/audit-links';

/** The read-only folder beside the project with fixtures and the corpus. */
export const SHARED_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared');
export const SEED_FIXTURE = resolve(SHARED_DIR, 'fixtures/seed-summary-rare-earths.txt');

/**
 * Every test gets a fresh browser context, so a fresh, empty IndexedDB workspace; console errors fail the test. After
 * every test, the provenance audit runs on what the test left in the workspace: no link may be wrong.
 */
export const test = base.extend<{ app: Page; linkAudit: void }>({
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
  linkAudit: [
    async ({ page }, use, testInfo) => {
      await use();
      const audit = await auditPageWorkspace(page);
      if (!audit) return;
      await testInfo.attach('link audit', { body: formatAuditLine(audit), contentType: 'text/plain' });
      expectNoWrongLinks(audit);
    },
    { auto: true },
  ],
});

/** Fails with every wrong link and its reasons, the audit's line as the message, unless no link is wrong. */
export function expectNoWrongLinks(audit: LinkAudit): void {
  const wrong = audit.findings.filter((f) => f.verdict === 'wrong').map((f) => `${f.marker ?? f.citationId}: ${f.reasons.join('; ')}`);
  expect(wrong, formatAuditLine(audit)).toEqual([]);
}

/** The IndexedDB database the web build keeps its workspace in (see databaseNameFor in renderer/src/db/database.ts). */
const WORKSPACE_DATABASE = 'footnote-Default';

/** Audits the links of the workspace the page holds, reading its IndexedDB as it is; undefined when the page has none. */
export async function auditPageWorkspace(page: Page): Promise<LinkAudit | undefined> {
  if (page.isClosed() || !page.url().startsWith('http')) return undefined;
  const records = await page
    .evaluate(async (name): Promise<AuditRecords | null> => {
      if (!(await indexedDB.databases()).some((d) => d.name === name)) return null;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const tables = ['sources', 'texts', 'claims', 'citations'] as const;
      if (!tables.every((t) => db.objectStoreNames.contains(t))) {
        db.close();
        return null;
      }
      const transaction = db.transaction([...tables], 'readonly');
      const read = (table: (typeof tables)[number]) =>
        new Promise<never[]>((ok, fail) => {
          const request = transaction.objectStore(table).getAll();
          request.onsuccess = () => ok(request.result as never[]);
          request.onerror = () => fail(request.error);
        });
      const [sources, texts, claims, citations] = await Promise.all(tables.map(read));
      db.close();
      return { sources: sources ?? [], texts: texts ?? [], claims: claims ?? [], citations: citations ?? [] };
    }, WORKSPACE_DATABASE)
    .catch(() => null);
  if (!records) return undefined;
  return auditWorkspaceLinks(records, (text) => Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex')));
}
export { expect };

/** Imports the seed summary through the "Import files" input and waits until it is stored. */
export async function importSeed(page: Page): Promise<void> {
  await page.getByLabel('Import files').setInputFiles(SEED_FIXTURE);
  await expect(page.getByTestId('notice-success')).toContainText('10 claims, 12 citations');
}
