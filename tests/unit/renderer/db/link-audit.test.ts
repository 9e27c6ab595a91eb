import { describe, expect, it } from 'vitest';
import { formatAuditLine } from '../../../../shared/audit/audit-links';
import { createBriefingFromClaims } from '../../../../renderer/src/db/briefings';
import { auditBriefing, auditWorkspace } from '../../../../renderer/src/db/link-audit';
import { linkSummaryToOriginal } from '../../../../renderer/src/db/link-original';
import { importOriginal, importSeedWithQuantities, numberedParagraphs } from './claims/claims-fixtures';
import { freshDatabase } from './test-database';

describe('auditBriefing and auditWorkspace', () => {
  it('audit a briefing’s citations and the workspace’s, reading what they rest on from the database', async () => {
    const db = freshDatabase();
    const { summaryId, claims } = await importSeedWithQuantities(db);
    const originalId = await importOriginal(db, numberedParagraphs(10));
    await linkSummaryToOriginal(db, summaryId, originalId);
    // Claims 5 and 9: China's 70% ([8], resolved) and Japan's extraction ([11], past the original's end).
    const briefing = await createBriefingFromClaims(db, { title: 'Two claims', claimIds: [claims[4]!.id, claims[8]!.id] });
    const audit = await auditBriefing(db, briefing.id);
    expect(audit && formatAuditLine(audit)).toBe('links checked 2, wrong 0, unresolved 1');
    expect(audit?.findings).toEqual([expect.objectContaining({ claimId: claims[8]!.id, marker: '[11]', verdict: 'unresolved', reasons: ['the original has no paragraph 11'] })]);
    expect(formatAuditLine(await auditWorkspace(db))).toBe('links checked 12, wrong 0, unresolved 4');

    await db.texts.update(originalId, { text: (await db.texts.get(originalId))!.text.replace('paragraph 8 of', 'paragraph 8 in') });
    expect((await auditBriefing(db, briefing.id))?.wrong).toBe(1);
    expect(await auditBriefing(db, 'gone')).toBeNull();
  });
});
