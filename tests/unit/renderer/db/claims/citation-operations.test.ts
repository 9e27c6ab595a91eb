import { describe, expect, it } from 'vitest';
import { addCitation, removeCitation, setCitationStance } from '../../../../../renderer/src/db/citation-operations';
import { createClaim } from '../../../../../renderer/src/db/claim-operations';
import { linkSummaryToOriginal } from '../../../../../renderer/src/db/link-original';
import { freshDatabase } from '../test-database';
import { importOriginal, importSeedWithQuantities, numberedParagraphs, selectWords } from './claims-fixtures';

describe('citation operations', () => {
  it('adds a citation with a stance, resolved when it names a place, and records it', async () => {
    const db = freshDatabase();
    const sourceId = await importOriginal(db, ['China accounted for 60% of global output.', 'Prices doubled.']);
    const { claim } = await createClaim(db, { text: 'China produces 70% of world output' });
    const selectors = await selectWords(db, sourceId, 'China accounted for 60% of global output');
    const against = await addCitation(db, claim.id, { sourceId, locator: { selectors }, stance: 'contradicts' });
    expect(against).toMatchObject({ claimId: claim.id, sourceId, stance: 'contradicts', resolved: true, locator: { paragraph: 1, selectors } });
    const whole = await addCitation(db, claim.id, { sourceId, locator: {}, stance: 'context' });
    expect(whole.resolved).toBe(false);
    expect(await db.history.where('[entity+entityId]').equals(['citation', against.id]).toArray()).toMatchObject([{ op: 'create', after: against }]);
  });

  it('refuses a stance, place or claim that is not valid, and a repeat of the same evidence', async () => {
    const db = freshDatabase();
    const sourceId = await importOriginal(db, ['Only one paragraph.']);
    const { claim } = await createClaim(db, { text: 'A claim' });
    await expect(addCitation(db, claim.id, { sourceId, locator: {}, stance: 'agrees' as never })).rejects.toThrow(/stance is one of supports, contradicts, context/u);
    await expect(addCitation(db, claim.id, { sourceId, locator: { paragraph: 4 }, stance: 'supports' })).rejects.toThrow('This source has no paragraph 4.');
    await expect(addCitation(db, claim.id, { sourceId, locator: { paragraph: -1 }, stance: 'supports' })).rejects.toThrow(/place is not valid/u);
    await expect(addCitation(db, 'gone', { sourceId, locator: {}, stance: 'supports' })).rejects.toThrow('That claim no longer exists.');
    await addCitation(db, claim.id, { sourceId, locator: { paragraph: 1 }, stance: 'supports' });
    await expect(addCitation(db, claim.id, { sourceId, locator: { paragraph: 1 }, stance: 'supports' })).rejects.toThrow('already cites that place');
    expect(await db.citations.count()).toBe(1);
  });

  it('resolves a bare marker of a summary that is already linked to its original', async () => {
    const db = freshDatabase();
    const { summaryId } = await importSeedWithQuantities(db);
    const originalId = await importOriginal(db, numberedParagraphs(15));
    await linkSummaryToOriginal(db, summaryId, originalId);
    const { claim } = await createClaim(db, { text: 'Typed by hand' });
    const citation = await addCitation(db, claim.id, { sourceId: summaryId, locator: { marker: '[9]', markerNumber: 9 }, stance: 'supports' });
    expect(citation).toMatchObject({ resolved: true, resolvedSourceId: originalId, locator: { marker: '[9]', markerNumber: 9, paragraph: 9 } });
    const beyond = await addCitation(db, claim.id, { sourceId: summaryId, locator: { marker: '[40]', markerNumber: 40 }, stance: 'supports' });
    expect(beyond).toMatchObject({ resolved: false, locator: { markerNumber: 40 } });
    expect(beyond.resolvedSourceId).toBeUndefined();
  });

  it('changes a stance and removes a citation, recording both', async () => {
    const db = freshDatabase();
    const sourceId = await importOriginal(db, ['Only one paragraph.']);
    const { claim } = await createClaim(db, { text: 'A claim' });
    const citation = await addCitation(db, claim.id, { sourceId, locator: { paragraph: 1 }, stance: 'supports' });
    expect(await setCitationStance(db, citation.id, 'contradicts')).toMatchObject({ stance: 'contradicts' });
    await removeCitation(db, citation.id);
    await removeCitation(db, citation.id);
    expect(await db.citations.count()).toBe(0);
    const history = await db.history.where('[entity+entityId]').equals(['citation', citation.id]).toArray();
    expect(history.map((h) => h.op)).toEqual(['create', 'update', 'delete']);
    expect(history[2]?.before).toMatchObject({ id: citation.id, stance: 'contradicts' });
    await expect(setCitationStance(db, citation.id, 'supports')).rejects.toThrow('That citation no longer exists.');
  });
});
