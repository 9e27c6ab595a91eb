import { describe, expect, it } from 'vitest';
import {
  acceptSuggestions,
  bulkSetStatus,
  bulkTag,
  bulkUntag,
  correctQuantity,
  createClaim,
  refreshClaimQuantities,
  removeQuantity,
  updateClaim,
} from '../../../../../renderer/src/db/claim-operations';
import { loadClaimSuggestions } from '../../../../../renderer/src/db/evidence';
import { createClaimFromPassage } from '../../../../../renderer/src/db/claims';
import { freshDatabase } from '../test-database';
import { importOriginal, importSeedWithQuantities, selectWords } from './claims-fixtures';

describe('createClaim', () => {
  it('creates a typed claim with its figures read, and records it', async () => {
    const db = freshDatabase();
    const { claim } = await createClaim(db, { text: '  China  produced 270,000 tons in 2024 ', tags: ['Supply', 'supply', ' REE '], confidence: 0.8 });
    expect(claim).toMatchObject({ text: 'China produced 270,000 tons in 2024', status: 'draft', tags: ['Supply', 'REE'], confidence: 0.8, note: '', order: 0 });
    expect(claim.quantities[0]).toMatchObject({ value: 270_000, unit: 'tons', subject: 'China', measure: 'production', period: '2024' });
    const stored = await db.claims.get(claim.id);
    expect(stored?.measureKeys).toEqual(['china|production']);
    const history = await db.history.where('[entity+entityId]').equals(['claim', claim.id]).toArray();
    expect(history).toMatchObject([{ op: 'create', after: { claims: [claim], citations: [] } }]);
  });

  it('makes a selection its first citation, with paragraph, section and reading order filled in', async () => {
    const db = freshDatabase();
    const sourceId = await importOriginal(db, ['The market grew slowly.', 'China accounted for 60% of global rare earth output last year.'], { heading: 'Supply' });
    const selectors = await selectWords(db, sourceId, 'China accounted for 60% of global rare earth output');
    const first = await createClaim(db, { text: 'China accounted for 60% of global rare earth output', citation: { sourceId, selectors } });
    expect(first.claim).toMatchObject({ originSourceId: sourceId, section: 'Supply', order: 0 });
    expect(first.citation).toMatchObject({ sourceId, stance: 'supports', resolved: true, locator: { paragraph: 2, selectors } });
    const second = await createClaim(db, { text: 'The market grew slowly', citation: { sourceId, selectors: await selectWords(db, sourceId, 'The market grew slowly'), stance: 'context' } });
    expect(second.claim.order).toBe(1);
    expect(second.citation?.stance).toBe('context');
  });

  it('refuses bad input with a message and writes nothing', async () => {
    const db = freshDatabase();
    const sourceId = await importOriginal(db, ['One paragraph of text here.']);
    await expect(createClaim(db, { text: '   ' })).rejects.toThrow('A claim needs some text.');
    await expect(createClaim(db, { text: 'x', confidence: 1.5 })).rejects.toThrow('Confidence must be a number between 0 and 1.');
    await expect(createClaim(db, { text: 'x', tags: [''] })).rejects.toThrow('A tag cannot be empty.');
    await expect(createClaim(db, { text: 'x', status: 'maybe' as never })).rejects.toThrow(/status is one of draft, supported, disputed, retracted/u);
    await expect(createClaim(db, { text: 'x', citation: { sourceId: 'gone', selectors: [] } })).rejects.toThrow('That source is no longer in the workspace.');
    await expect(
      createClaim(db, { text: 'x', citation: { sourceId, selectors: [{ type: 'TextPositionSelector', start: 0, end: 999 }] } }),
    ).rejects.toThrow("The selection lies outside this source's text");
    await expect(
      createClaim(db, { text: 'x', citation: { sourceId, selectors: [{ type: 'TextQuoteSelector', exact: 'One' }, { type: 'TextPositionSelector', start: 4, end: 7 }] } }),
    ).rejects.toThrow("The selection's words and place disagree");
    await expect(createClaim(db, { text: 'x', citation: { sourceId, selectors: [] } })).rejects.toThrow('needs the selected passage');
    expect(await db.claims.count()).toBe(0);
    expect(await db.citations.count()).toBe(0);
  });
});

describe('updateClaim and correctQuantity', () => {
  it('edits fields, and re-reads figures from new text keeping every corrected field', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    const china = claims[4]!;
    expect(china.quantities.map((q) => q.text)).toEqual(['approximately 44 million tons', '40%', '270,000 tons', '70%']);
    const corrected = await correctQuantity(db, china.id, 3, { measure: 'share of world production', period: '2024' });
    expect(corrected.quantities[3]).toMatchObject({ measure: 'share of world production', period: '2024', corrected: ['measure', 'period'] });

    const edited = await updateClaim(db, china.id, { text: `In 2024, ${china.text}`, status: 'supported', confidence: 0.7, note: ' checked ' });
    expect(edited).toMatchObject({ status: 'supported', confidence: 0.7, note: 'checked' });
    expect(edited.quantities.find((q) => q.text === '70%')).toMatchObject({ measure: 'share of world production', period: '2024', corrected: ['measure', 'period'] });
    expect((await updateClaim(db, china.id, { confidence: null })).confidence).toBeUndefined();

    // Reading the figures again (e.g. after an upgrade of the extractor) keeps the correction too.
    await refreshClaimQuantities(db, [china.id]);
    expect((await db.claims.get(china.id))?.quantities.find((q) => q.text === '70%')?.corrected).toEqual(['measure', 'period']);

    const history = await db.history.where('[entity+entityId]').equals(['claim', china.id]).toArray();
    // Import created the claim with its figures read, so the fixture's refresh left no record: the creation (part of
    // the import), the correction and two edits; the last refresh changed nothing either.
    expect(history.map((h) => h.op)).toEqual(['import', 'update', 'update', 'update']);
    expect(history[1]).toMatchObject({ before: { quantities: china.quantities }, after: { quantities: corrected.quantities } });
  });

  it('keeps the subject-and-measure index in step with corrections', async () => {
    const db = freshDatabase();
    const { claim } = await createClaim(db, { text: 'China produces 70% of world output' });
    await correctQuantity(db, claim.id, 0, { subject: 'Japan' });
    expect(await db.claims.where('measureKeys').equals('japan|share of world production').count()).toBe(1);
    expect(await db.claims.where('measureKeys').startsWith('china|').count()).toBe(0);
    await removeQuantity(db, claim.id, 0);
    expect((await db.claims.get(claim.id))?.measureKeys).toBeUndefined();
  });

  it('refuses corrections of a figure that is not there, and edits of a claim that is gone', async () => {
    const db = freshDatabase();
    const { claim } = await createClaim(db, { text: 'China produces 70% of world output' });
    await expect(correctQuantity(db, claim.id, 5, { value: 1 })).rejects.toThrow('That figure is no longer part of the claim.');
    await expect(correctQuantity(db, claim.id, 0, { value: Number.POSITIVE_INFINITY })).rejects.toThrow('The value must be a number.');
    await expect(updateClaim(db, 'gone', { text: 'x' })).rejects.toThrow('That claim no longer exists.');
    await expect(updateClaim(db, claim.id, { text: '' })).rejects.toThrow('A claim needs some text.');
  });
});

describe('bulk operations', () => {
  it('tags, untags and sets status across claims in one go, recording each change', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    const ids = claims.slice(0, 3).map((c) => c.id);
    const historyBefore = await db.history.count();
    expect(await bulkTag(db, ids, ' Alliance ')).toBe(3);
    expect(await bulkTag(db, ids, 'alliance')).toBe(0);
    expect(await bulkSetStatus(db, [...ids, ids[0]!], 'supported')).toBe(3);
    expect((await db.claims.bulkGet(ids)).map((c) => [c?.tags, c?.status])).toEqual(ids.map(() => [['Alliance'], 'supported']));
    expect(await bulkUntag(db, ids.slice(0, 1), 'ALLIANCE')).toBe(1);
    expect(await db.history.count()).toBe(historyBefore + 7);
    await expect(bulkTag(db, [], 'x')).rejects.toThrow('Choose at least one claim.');
    await expect(bulkSetStatus(db, [ids[0]!, 'gone'], 'draft')).rejects.toThrow('no longer exist');
    expect((await db.claims.get(ids[0]!))?.status).toBe('supported');
  });
});

describe('suggestions', () => {
  it('offers the sentences of a source with figures, and accepting them makes cited claims that are no longer offered', async () => {
    const db = freshDatabase();
    const sourceId = await importOriginal(db, [
      'Mining began in the 1950s. China accounted for 60% of global rare earth output last year.',
      'Australia produced 18,000 tons. Nothing else of note happened.',
    ]);
    const suggestions = await loadClaimSuggestions(db, sourceId);
    expect(suggestions.map((s) => s.text)).toEqual(['China accounted for 60% of global rare earth output last year.', 'Australia produced 18,000 tons.']);
    const [claim] = await acceptSuggestions(db, sourceId, suggestions.slice(0, 1));
    const citations = await db.citations.where('claimId').equals(claim!.id).toArray();
    expect(citations).toMatchObject([{ sourceId, resolved: true, locator: { paragraph: 1 } }]);
    expect((await loadClaimSuggestions(db, sourceId)).map((s) => s.text)).toEqual(['Australia produced 18,000 tons.']);
    await expect(acceptSuggestions(db, sourceId, [])).rejects.toThrow('Choose at least one suggestion');
  });
});

describe('one operation creates claims, whoever asks', () => {
  it('orders, checks and records claims the same way from an import, a typed claim, a selection and the reader', async () => {
    const db = freshDatabase();
    const { summaryId, claims } = await importSeedWithQuantities(db);
    expect(claims.map((c) => c.order)).toEqual(claims.map((_, i) => i));
    const originalId = await importOriginal(db, ['First paragraph of the original.', 'Second paragraph, with 40% in it.']);
    // Claims from the summary go after its ten; claims from the original start its own order at 0.
    const typed = await createClaim(db, { text: 'One more from the summary.', originSourceId: summaryId });
    const fromReader = await createClaimFromPassage(db, { sourceId: originalId, start: 0, end: 5 }, '  The original  opens here. ');
    const selected = await createClaim(db, { text: 'Then it gives a figure of 40%.', citation: { sourceId: originalId, selectors: await selectWords(db, originalId, '40%') } });
    expect([typed.claim.order, fromReader.order, selected.claim.order]).toEqual([10, 0, 1]);
    // The reader's claim is cleaned like any other, and has its figures read.
    expect(fromReader.text).toBe('The original opens here.');
    expect(selected.claim.quantities.map((q) => q.text)).toEqual(['40%']);
    await expect(createClaimFromPassage(db, { sourceId: originalId, start: 0, end: 5 }, '   ')).rejects.toThrow('A claim needs some text.');
    for (const id of [typed.claim.id, fromReader.id, selected.claim.id]) {
      const [entry] = await db.history.where('[entity+entityId]').equals(['claim', id]).toArray();
      expect(entry).toMatchObject({ op: 'create', after: { claims: [expect.objectContaining({ id })], citations: expect.any(Array) } });
    }
  });
});
