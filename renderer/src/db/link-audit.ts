// The provenance audit over the database: the records a briefing (or the workspace) rests on are read in one read
// transaction, then checked by the pure audit in shared/audit.
import { auditBriefingLinks, auditWorkspaceLinks, briefingClaimIds, type AuditRecords, type LinkAudit } from '../../../shared/audit/audit-links';
import type { FootnoteDatabase } from './database';
import { sha256Hex } from './identity';

/** Audits every citation of every claim in the briefing; null when the briefing no longer exists. */
export async function auditBriefing(db: FootnoteDatabase, briefingId: string): Promise<LinkAudit | null> {
  const read = await db.transaction('r', [db.briefings, db.claims, db.citations, db.sources, db.texts], async () => {
    const briefing = await db.briefings.get(briefingId);
    if (!briefing) return null;
    const claimIds = [...new Set(briefingClaimIds(briefing))];
    const claims = (await db.claims.bulkGet(claimIds)).filter((c) => c !== undefined);
    const citations = await db.citations.where('claimId').anyOf(claimIds).toArray();
    const sourceIds = [...new Set(citations.flatMap((c) => (c.resolvedSourceId ? [c.sourceId, c.resolvedSourceId] : [c.sourceId])))];
    const [sources, texts] = await Promise.all([db.sources.bulkGet(sourceIds), db.texts.bulkGet(sourceIds)]);
    const records: AuditRecords = { claims, citations, sources: sources.filter((s) => s !== undefined), texts: texts.filter((t) => t !== undefined) };
    return { briefing, records };
  });
  return read ? auditBriefingLinks(read.briefing, read.records, sha256Hex) : null;
}

/** Audits every citation in the workspace. */
export async function auditWorkspace(db: FootnoteDatabase): Promise<LinkAudit> {
  const records = await db.transaction('r', [db.claims, db.citations, db.sources, db.texts], async () => {
    const [sources, texts, claims, citations] = await Promise.all([db.sources.toArray(), db.texts.toArray(), db.claims.toArray(), db.citations.toArray()]);
    return { sources, texts, claims, citations };
  });
  return auditWorkspaceLinks(records, sha256Hex);
}
