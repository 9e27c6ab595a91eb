import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditReport, auditWorkspaceText } from '../../audit/audit-workspace-file';
import { exportWorkspace } from '../../../renderer/src/db/workspace-file';
import { linkSummaryToOriginal } from '../../../renderer/src/db/link-original';
import { importOriginal, importSeedWithQuantities, numberedParagraphs } from '../renderer/db/claims/claims-fixtures';
import { freshDatabase } from '../renderer/db/test-database';

async function linkedWorkspaceFile(): Promise<string> {
  const db = freshDatabase();
  const { summaryId } = await importSeedWithQuantities(db);
  await linkSummaryToOriginal(db, summaryId, await importOriginal(db, numberedParagraphs(12), { title: 'The original' }));
  return exportWorkspace(db, 'Audit');
}

describe('audit:links on a workspace file', () => {
  it('prints one line of counts, and each wrong link with its reasons when a text was altered', async () => {
    const file = await linkedWorkspaceFile();
    expect(auditReport(await auditWorkspaceText(file))).toEqual(['links checked 12, wrong 0, unresolved 3']);
    const tampered = file.replace('This is paragraph 12 of the original', 'This was paragraph 12 of the original');
    const report = auditReport(await auditWorkspaceText(tampered));
    expect(report[0]).toBe('links checked 12, wrong 9, unresolved 3');
    expect(report.slice(1).every((line) => /^wrong: \[\d+\] .* no longer matches its stored hash/u.test(line))).toBe(true);
  });

  it('runs as `npm run audit:links -- <file>` and exits non-zero only when a link is wrong', async () => {
    const file = await linkedWorkspaceFile();
    const dir = mkdtempSync(join(tmpdir(), 'audit-links-'));
    writeFileSync(join(dir, 'good.footnote.json'), file);
    writeFileSync(join(dir, 'bad.footnote.json'), file.replace('This is paragraph 3 of', 'This is paragraph three of'));
    const script = resolve(import.meta.dirname, '../../audit/audit-links.mjs');
    expect(execFileSync('node', [script, join(dir, 'good.footnote.json')], { encoding: 'utf8' }).trim()).toBe('links checked 12, wrong 0, unresolved 3');
    let failure: { status: number; stdout: string } | undefined;
    try {
      execFileSync('node', [script, join(dir, 'bad.footnote.json')], { encoding: 'utf8' });
    } catch (error) {
      failure = error as { status: number; stdout: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stdout).toMatch(/^links checked 12, wrong 9, unresolved 3\nwrong: /u);
  }, 60_000);
});
