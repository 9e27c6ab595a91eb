import { test, expect, importSeed } from './fixtures';

test('the page runs under a strict Content-Security-Policy and makes no request off this machine', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  // An inline script and a string timer (eval by another name) are both refused by the policy.
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: string[]; violations: string[] }>((resolve) => {
        const w = window as unknown as { ranInline?: boolean; ranTimer?: boolean };
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.ranInline = true';
        document.body.append(script);
        (setTimeout as unknown as (code: string, ms: number) => void)('window.ranTimer = true', 0);
        setTimeout(() => resolve({ ran: [w.ranInline ? 'inline' : '', w.ranTimer ? 'timer' : ''].filter(Boolean), violations }), 200);
      }),
  );
  expect(outcome.ran).toEqual([]);
  expect(outcome.violations.length).toBeGreaterThanOrEqual(2);
  // Work as a user would; every request stays on the app's own origin (or in-memory blob: and data: URLs).
  await importSeed(page);
  await page.getByRole('link', { name: /Claims/ }).click();
  await expect(page.getByTestId('claim')).toHaveCount(10);
  const offMachine = requests.filter((u) => !u.startsWith(baseURL ?? '') && !u.startsWith('blob:') && !u.startsWith('data:'));
  expect(offMachine).toEqual([]);
  // Only the two refusals provoked above: the app itself never trips the policy.
  expect(cspErrors.length).toBeLessThanOrEqual(2);
});
