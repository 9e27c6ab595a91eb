import { describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../../../renderer/src/db/annotations';
import { createBriefingFromClaims, deleteBriefing } from '../../../../renderer/src/db/briefings';
import { addCitation, removeCitation } from '../../../../renderer/src/db/citation-operations';
import { claimOf } from '../../../../renderer/src/db/claim-measure-keys';
import { createClaim, updateClaim } from '../../../../renderer/src/db/claim-operations';
import { deleteClaim } from '../../../../renderer/src/db/claims';
import type { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { linkSummaryToOriginal } from '../../../../renderer/src/db/link-original';
import { mergeClaims, splitClaim } from '../../../../renderer/src/db/split-merge-claims';
import { addToCollection, createCollection, deleteCollection } from '../../../../renderer/src/db/collections';
import { bulkTag } from '../../../../renderer/src/db/claim-operations';
import { deleteTag, renameTag } from '../../../../renderer/src/db/tags';
import { UNDO_DEPTH, UNDO_SCAN_ROWS, redoLatest, undoEntry, undoLatest, undoNotice, undoRedoTargets } from '../../../../renderer/src/db/undo';
import { importOriginal, importSeedWithQuantities, numberedParagraphs } from './claims/claims-fixtures';
import { freshDatabase } from './test-database';

// Everything undo can touch, without bookkeeping that an undo rightly leaves (the history marks).
async function snapshot(db: FootnoteDatabase) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    sources: byId(await db.sources.toArray()),
    claims: byId((await db.claims.toArray()).map(claimOf)),
    citations: byId(await db.citations.toArray()),
    annotations: byId(await db.annotations.toArray()),
    briefings: byId(await db.briefings.toArray()),
    collections: byId(await db.collections.toArray()),
  };
}

describe('undo and redo of workspace changes', () => {
  it('undoes a claim delete with its citations, and redoes it, naming what it did', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    const claim = claims[0]!;
    const citationsBefore = await db.citations.where('claimId').equals(claim.id).toArray();
    expect(citationsBefore.length).toBeGreaterThan(0);
    const before = await snapshot(db);
    await deleteClaim(db, claim.id);
    expect(await db.claims.get(claim.id)).toBeUndefined();

    const undone = await undoLatest(db);
    expect(undone.status).toBe('done');
    expect(undoNotice(undone)).toMatch(/^Undid: delete claim “/);
    expect(await snapshot(db)).toEqual(before);

    const redone = await redoLatest(db);
    expect(undoNotice(redone)).toMatch(/^Redid: delete claim “/);
    expect(await db.claims.get(claim.id)).toBeUndefined();
    expect(await db.citations.where('claimId').equals(claim.id).count()).toBe(0);
    expect((await redoLatest(db)).status).toBe('nothing');
  });

  it('walks back a mixed series of changes on the seed summary to where it started, and forward again', async () => {
    const db = freshDatabase();
    const { summaryId, claims } = await importSeedWithQuantities(db);
    const originalId = await importOriginal(db, numberedParagraphs(15), { title: 'The article' });
    const start = await snapshot(db);

    await linkSummaryToOriginal(db, summaryId, originalId);
    const made = await createClaim(db, { text: 'A claim typed by hand.', originSourceId: originalId });
    const cited = await addCitation(db, made.claim.id, { sourceId: originalId, locator: { paragraph: 3 }, stance: 'supports' });
    await updateClaim(db, made.claim.id, { note: 'checked', status: 'supported' });
    await removeCitation(db, cited.id);
    const splitIds = (await db.citations.where('claimId').equals(claims[0]!.id).toArray()).map((c) => c.id);
    await splitClaim(db, claims[0]!.id, [
      { text: 'First half', citationIds: splitIds },
      { text: 'Second half', citationIds: splitIds },
    ]);
    await mergeClaims(db, claims[1]!.id, [claims[2]!.id]);
    const note = await createAnnotation(db, { sourceId: originalId, start: 0, end: 12 });
    await updateAnnotation(db, note.id, { note: 'see p. 2' });
    await deleteAnnotation(db, note.id);
    const briefing = await createBriefingFromClaims(db, { title: 'Rare earths', claimIds: [claims[3]!.id] });
    await deleteBriefing(db, briefing.id);
    await deleteClaim(db, made.claim.id);
    const end = await snapshot(db);

    const steps: string[] = [];
    for (let i = 0; i < 13; i += 1) {
      const outcome = await undoLatest(db);
      expect(outcome.status).toBe('done');
      if (outcome.status === 'done') steps.push(outcome.description);
    }
    expect(steps[0]).toMatch(/^delete claim “A claim typed by hand\.”/);
    expect(steps.some((s) => s.includes('merged 2 claims'))).toBe(true);
    expect(steps.at(-1)).toMatch(/linked to its original/);
    expect(await snapshot(db)).toEqual(start);

    for (let i = 0; i < steps.length; i += 1) expect((await redoLatest(db)).status).toBe('done');
    expect(await snapshot(db)).toEqual(end);
  });

  it('does not undo the claims an import made one by one: undoing the import takes them back with it', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    expect(claims.length).toBeGreaterThan(0);
    const { undo } = await undoRedoTargets(db);
    // Their creation is part of the import (its source's row); reading their figures is a change of them.
    expect(undo?.entity === 'claim' && undo.op === 'import').toBe(false);
    expect(undo?.entity === 'source' ? undo.op : 'update').toMatch(/^(import|update)$/);
    while ((await undoLatest(db)).status === 'done');
    expect(await db.claims.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
    expect((await db.history.toArray()).filter((h) => h.entity === 'claim' && h.op === 'import' && h.undone)).toEqual([]);
  });

  it('undoes a tag rename and removal across claims and notes, and a collection deleted with its members', async () => {
    const db = freshDatabase();
    const { summaryId, claims } = await importSeedWithQuantities(db);
    await bulkTag(db, claims.slice(0, 4).map((c) => c.id), 'supply');
    await createAnnotation(db, { sourceId: summaryId, start: 0, end: 8, tags: ['supply'] });
    const collection = await createCollection(db, 'Rare earths');
    await addToCollection(db, collection, 'claimIds', claims.slice(0, 2).map((c) => c.id));
    const start = await snapshot(db);

    await renameTag(db, 'supply', 'supply chain');
    await deleteTag(db, 'supply chain');
    await deleteCollection(db, collection);
    expect(await db.claims.where('tags').equals('supply').count()).toBe(0);

    const steps: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const outcome = await undoLatest(db);
      if (outcome.status === 'done') steps.push(outcome.description);
    }
    expect(steps).toEqual(['delete collection “Rare earths”', 'delete tag “supply chain” (removed from 5 records)', 'edit tag “supply” (now “supply chain” on 5 records)']);
    expect(await snapshot(db)).toEqual(start);
    expect(await db.claims.where('tags').equals('supply').count()).toBe(4);
  });

  it('refuses to undo a change whose record was changed since, and writes nothing', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    const claim = claims[0]!;
    await updateClaim(db, claim.id, { note: 'first' });
    const first = (await db.history.orderBy('seq').last())!;
    await updateClaim(db, claim.id, { note: 'second' });
    const before = await snapshot(db);

    const outcome = await undoEntry(db, first.seq!);
    expect(outcome.status).toBe('conflict');
    expect(undoNotice(outcome)).toMatch(/^Cannot undo edit claim “.*”: note: the claim was changed since\. Nothing was changed/);
    expect(await snapshot(db)).toEqual(before);
    expect((await db.history.get(first.seq!))?.undone).toBeUndefined();
  });

  it('a change made after an undo ends the redo of what was undone', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await updateClaim(db, claims[0]!.id, { note: 'one' });
    await undoLatest(db);
    expect((await undoRedoTargets(db)).redo).toBeDefined();
    await updateClaim(db, claims[1]!.id, { note: 'two' });
    expect((await undoRedoTargets(db)).redo).toBeUndefined();
    expect((await redoLatest(db)).status).toBe('nothing');
  });

  it(`goes back at most ${UNDO_DEPTH} changes; imports are not among them`, async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    const claim = claims[0]!;
    for (let i = 0; i < UNDO_DEPTH + 5; i += 1) await updateClaim(db, claim.id, { note: `note ${i}` });
    let undone = 0;
    while ((await undoLatest(db)).status === 'done') undone += 1;
    expect(undone).toBe(UNDO_DEPTH);
    expect((await db.claims.get(claim.id))?.note).toBe('note 4');
  });

  it(`looks through at most ${UNDO_SCAN_ROWS} history rows, so a large import does not slow a key press`, async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    await updateClaim(db, claims[0]!.id, { note: 'before the big import' });
    // Rows an import writes that undo passes over (a claim's import row: the source's row is the one undone).
    await db.history.bulkAdd(Array.from({ length: UNDO_SCAN_ROWS }, (_, i) => ({ entity: 'claim' as const, entityId: `c${i}`, op: 'import' as const, at: 't', after: { claims: [] } })));
    const started = performance.now();
    expect((await undoLatest(db)).status).toBe('nothing');
    const elapsed = performance.now() - started;
    await updateClaim(db, claims[0]!.id, { note: 'after it' });
    expect((await undoLatest(db)).status).toBe('done');
    expect((await db.claims.get(claims[0]!.id))?.note).toBe('before the big import');
    console.log(`undo past ${UNDO_SCAN_ROWS} import rows: ${elapsed.toFixed(0)} ms (fake-indexeddb)`);
  });
});
