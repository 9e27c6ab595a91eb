import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { auditWorkspaceLinks, formatAuditLine, type LinkAudit } from '../../shared/audit/audit-links';
import { WorkspaceFileSchema } from '../../shared/model';

// Only the tables the audit reads are checked, and links between records are not: a citation whose source is
// missing is exactly what the audit must report, not a reason to refuse the file.
const AuditedTablesSchema = z.object({ tables: WorkspaceFileSchema.shape.tables.pick({ sources: true, texts: true, claims: true, citations: true }) });

const sha256 = (text: string) => Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

/** Audits the links of a workspace file's text. */
export async function auditWorkspaceText(text: string): Promise<LinkAudit> {
  const parsed = AuditedTablesSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`not a Footnote workspace file: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
  return auditWorkspaceLinks(parsed.data.tables, sha256);
}

/** The report printed: the one line, then each wrong citation with its reasons. */
export function auditReport(audit: LinkAudit): string[] {
  const lines = [formatAuditLine(audit)];
  for (const finding of audit.findings.filter((f) => f.verdict === 'wrong')) {
    lines.push(`wrong: ${finding.marker ?? 'citation'} ${finding.citationId} of “${finding.claimText.slice(0, 80)}”: ${finding.reasons.join('; ')}`);
  }
  return lines;
}

/** `npm run audit:links -- <workspace.footnote.json>`: prints the report; exit code 1 when a link is wrong, 2 when the file cannot be read. */
export async function main(args: readonly string[]): Promise<number> {
  const [path] = args;
  if (!path) {
    console.error('usage: npm run audit:links -- <workspace.footnote.json>');
    return 2;
  }
  try {
    const audit = await auditWorkspaceText(readFileSync(path, 'utf8'));
    for (const line of auditReport(audit)) console.log(line);
    return audit.wrong > 0 ? 1 : 0;
  } catch (error) {
    console.error(`audit:links: ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
