import { describe, expect, it } from 'vitest';
import { HistoryEntrySchema, StoredHistoryEntrySchema } from '../../../../shared/model';
import { createAnnotation, deleteAnnotation, undoAnnotationChange, updateAnnotation } from '../../../../renderer/src/db/annotations';
import { addSection, createBriefingFromClaims, deleteBriefing } from '../../../../renderer/src/db/briefings';
import { addCitation, removeCitation, setCitationStance } from '../../../../renderer/src/db/citation-operations';
import { bulkTag, correctQuantity, createClaim, updateClaim } from '../../../../renderer/src/db/claim-operations';
import { citePassageForClaim, createClaimFromPassage, deleteClaim, setClaimStatus } from '../../../../renderer/src/db/claims';
import { linkSummaryToOriginal, unlinkOriginal } from '../../../../renderer/src/db/link-original';
import { storeAsNewVersion } from '../../../../renderer/src/db/import-source';
import { updateSetting } from '../../../../renderer/src/db/settings';
import { mergeClaims, splitClaim } from '../../../../renderer/src/db/split-merge-claims';
import { exportWorkspace, parseWorkspaceFile, restoreWorkspace } from '../../../../renderer/src/db/workspace-file';
import { freshDatabase } from './test-database';
import { importOriginal, importSeedWithQuantities, numberedParagraphs } from './claims/claims-fixtures';

describe('history entries have one schema per entity', () => {
  it('every operation writes history its entity’s schema accepts, and a workspace file keeps it typed', async () => {
    const db = freshDatabase();
    const { summaryId, claims } = await importSeedWithQuantities(db);
    const originalId = await importOriginal(db, numberedParagraphs(15), { title: 'The article' });
    await linkSummaryToOriginal(db, summaryId, originalId);
    await unlinkOriginal(db, summaryId);

    const passage = { sourceId: originalId, start: 0, end: 20 };
    const fromPassage = await createClaimFromPassage(db, passage, 'Paragraph one says so.', 'context');
    await citePassageForClaim(db, passage, fromPassage.id, 'supports');
    const typed = await createClaim(db, { text: 'China produces 70% of the world’s output.', originSourceId: originalId, tags: ['supply'] });
    const citation = await addCitation(db, typed.claim.id, { sourceId: originalId, locator: { paragraph: 2 }, stance: 'supports' });
    await setCitationStance(db, citation.id, 'contradicts');
    await removeCitation(db, citation.id);
    await updateClaim(db, typed.claim.id, { note: 'checked' });
    await correctQuantity(db, typed.claim.id, 0, { measure: 'share of world output' });
    await setClaimStatus(db, typed.claim.id, 'supported');
    await bulkTag(db, [typed.claim.id, fromPassage.id], 'reviewed');
    const splitIds = (await db.citations.where('claimId').equals(claims[0]!.id).toArray()).map((c) => c.id);
    await splitClaim(db, claims[0]!.id, [
      { text: 'The US and Japan signed a framework', citationIds: splitIds },
      { text: 'It will not change much', citationIds: splitIds },
    ]);
    await mergeClaims(db, claims[1]!.id, [claims[2]!.id]);
    await deleteClaim(db, fromPassage.id);

    const note = await createAnnotation(db, { sourceId: originalId, start: 0, end: 10 });
    await updateAnnotation(db, note.id, { note: 'see p. 2' });
    await deleteAnnotation(db, note.id);
    const deleted = (await db.history.toArray()).filter((h) => h.entity === 'annotation' && h.op === 'delete').at(-1);
    await undoAnnotationChange(db, deleted!.seq!);

    const briefing = await createBriefingFromClaims(db, { title: 'Rare earths', claimIds: [claims[3]!.id] });
    await addSection(db, briefing.id, 'Supply');
    await deleteBriefing(db, briefing.id);
    await updateSetting(db, 'importSizeLimitMB', 20);

    const copyId = await importOriginal(db, [...numberedParagraphs(15), 'A paragraph added later.'], { title: 'The article' });
    await storeAsNewVersion(db, copyId, originalId);

    const parsed = parseWorkspaceFile(await exportWorkspace(db, 'w'));
    if (!parsed.ok) throw new Error(parsed.error);
    await restoreWorkspace(db, parsed.value);

    const rows = await db.history.toArray();
    expect(new Set(rows.map((r) => r.entity))).toEqual(new Set(['source', 'claim', 'citation', 'annotation', 'briefing', 'workspace']));
    const refused = rows.filter((r) => !HistoryEntrySchema.safeParse(r).success).map((r) => `${r.entity} ${r.op}`);
    expect(refused).toEqual([]);
  });

  it('refuses a payload of the wrong entity, yet still reads rows older Footnotes wrote', () => {
    const claim = { id: 'c', text: 'A claim.', status: 'draft', tags: [], note: '', order: 0, quantities: [], createdAt: 't', updatedAt: 't' };
    const citation = { id: 'x', claimId: 'c', sourceId: 's', locator: { marker: '[1]', markerNumber: 1 }, stance: 'supports', resolved: false, createdAt: 't' };
    const entry = (entity: string, after: unknown) => ({ entity, entityId: 'c', op: 'create', at: 't', after });
    expect(HistoryEntrySchema.safeParse(entry('claim', claim)).success).toBe(true);
    expect(HistoryEntrySchema.safeParse(entry('claim', { claims: [claim], citations: [citation] })).success).toBe(true);
    expect(HistoryEntrySchema.safeParse(entry('citation', claim)).success).toBe(false);
    expect(HistoryEntrySchema.safeParse(entry('annotation', citation)).success).toBe(false);
    // The first claim operations recorded `{ claim, citations }`; such rows are still typed and read.
    expect(HistoryEntrySchema.safeParse(entry('claim', { claim, citations: [citation] })).success).toBe(true);
    // A shape nobody writes any more is not typed, but a workspace file holding it still opens.
    const unknownShape = entry('citation', { legacy: true });
    expect(HistoryEntrySchema.safeParse(unknownShape).success).toBe(false);
    expect(StoredHistoryEntrySchema.safeParse(unknownShape).success).toBe(true);
  });
});
