import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../renderer/src/db/annotations';
import { claimOf } from '../../../../renderer/src/db/claim-measure-keys';
import { createClaimFromPassage } from '../../../../renderer/src/db/claims';
import { addToCollection, createCollection } from '../../../../renderer/src/db/collections';
import type { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { settleDerivedRows } from '../../../../renderer/src/db/derived-recompute';
import { importDocument, type ImportOutcome } from '../../../../renderer/src/db/import-source';
import { linkSummaryToOriginal } from '../../../../renderer/src/db/link-original';
import { auditWorkspace } from '../../../../renderer/src/db/link-audit';
import { deletedEvidenceOf, deleteSource, previewSourceDeletion } from '../../../../renderer/src/db/source-deletion';
import { exportWorkspace, prepareRestore, restoreWorkspace } from '../../../../renderer/src/db/workspace-file';
import { emptyTrash, trashSummary } from '../../../../renderer/src/db/trash';
import { redoLatest, undoLatest } from '../../../../renderer/src/db/undo';
import { parseHtmlFile } from '../../../../renderer/src/workers/parsers/parse-html';
import { readShared } from '../../shared/fixture-paths';
import { freshDatabase, importSeed } from './test-database';

const BBC = 'corpus/readability/bbc-1/source.html';

// Everything a source deletion touches, sorted, with the bytes as bytes: undo must give back exactly this.
async function snapshot(db: FootnoteDatabase) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  const bySource = <T extends { sourceId: string }>(rows: T[]) => rows.sort((a, b) => a.sourceId.localeCompare(b.sourceId));
  return {
    sources: byId(await db.sources.toArray()),
    texts: bySource(await db.texts.toArray()),
    files: bySource(await db.sourceFiles.toArray()).map((f) => ({ ...f, bytes: Buffer.from(f.bytes).toString('base64') })),
    claims: byId((await db.claims.toArray()).map(claimOf)),
    citations: byId(await db.citations.toArray()),
    annotations: byId(await db.annotations.toArray()),
    collections: byId(await db.collections.toArray()),
  };
}

async function importFile(db: FootnoteDatabase, path: string, fileName: string): Promise<Extract<ImportOutcome, { status: 'imported' }>> {
  const bytes = readShared(path);
  // The app parses HTML in its import worker; the tests call the same parser directly.
  const parsed = await parseHtmlFile(bytes, fileName);
  if (!parsed.ok) throw new Error(parsed.error);
  const { doc } = parsed;
  const outcome = await importDocument(db, { doc, origin: { method: 'file', fileName, mime: 'text/html', size: bytes.length }, file: { name: fileName, mime: 'text/html', bytes } });
  if (outcome.status !== 'imported') throw new Error('not imported');
  return outcome;
}

// A real article, cited and annotated, with the seed summary linked to it: every kind of record that names a source.
async function citedArticle(db: FootnoteDatabase) {
  const article = await importFile(db, BBC, 'bbc-1.html');
  const text = (await db.texts.get(article.sourceId))!.text;
  const passage = text.indexOf('the');
  const claim = await createClaimFromPassage(db, { sourceId: article.sourceId, start: passage, end: passage + 60 }, 'A claim that rests on the BBC article only.');
  const note = await createAnnotation(db, { sourceId: article.sourceId, start: passage, end: passage + 30, note: 'read again' });
  const collection = await createCollection(db, 'Project');
  await addToCollection(db, collection, 'sourceIds', [article.sourceId]);
  const seed = await importSeed(db);
  if (seed.status !== 'imported') throw new Error('seed not imported');
  const link = await linkSummaryToOriginal(db, seed.sourceId, article.sourceId, { reading: 'paragraph' });
  return { article, claim, note, collection, seed, link };
}

describe('deleting a source', () => {
  it('removes a cited, annotated real article with everything it owns, and undo puts every record and byte back', async () => {
    const db = freshDatabase();
    const { article, claim, note, collection, seed, link } = await citedArticle(db);
    expect(link.resolved.length).toBeGreaterThan(0);
    await settleDerivedRows(db);
    const before = await snapshot(db);
    const derivedBefore = { facts: await db.claimFacts.get(claim.id), perSource: await db.sourceCitations.get(article.sourceId) };
    expect(derivedBefore.perSource).toBeDefined();

    const preview = await previewSourceDeletion(db, article.sourceId);
    expect(preview).toMatchObject({ citations: 1, annotations: 1, uncitedClaims: 1, unresolvedCitations: link.resolved.length, otherVersions: 0 });
    expect(preview!.citingClaims).toBe(1 + new Set(link.resolved.map((r) => r.claimId)).size);
    expect(preview!.originalSize).toBe(readShared(BBC).length);

    const outcome = await deleteSource(db, article.sourceId);
    expect(outcome).toMatchObject({ removedCitations: 1, annotations: 1, uncitedClaims: 1 });
    expect(await db.sources.get(article.sourceId)).toBeUndefined();
    expect(await db.texts.get(article.sourceId)).toBeUndefined();
    expect(await db.sourceFiles.get(article.sourceId)).toBeUndefined();
    expect(await db.annotations.get(note.id)).toBeUndefined();
    // The claim stays, without its only citation; its history row says where the evidence went.
    expect(await db.claims.get(claim.id)).toBeDefined();
    expect(await db.citations.where('claimId').equals(claim.id).count()).toBe(0);
    const lost = await db.history.where('after.lostEvidence').equals(claim.id).toArray();
    expect(lost.map((h) => [h.entity, h.op, h.entityId])).toEqual([['source', 'delete', article.sourceId]]);
    expect(await deletedEvidenceOf(db, claim.id)).toMatchObject([{ title: article.title, citations: 1 }]);
    // The summary keeps its markers, unresolved with the reason, and no longer names the original.
    expect((await db.sources.get(seed.sourceId))?.originalSourceId).toBeUndefined();
    const markers = await db.citations.where('sourceId').equals(seed.sourceId).toArray();
    expect(markers.every((c) => !c.resolved && c.resolvedSourceId === undefined)).toBe(true);
    expect(markers.filter((c) => c.unresolvedReason?.includes('was deleted'))).toHaveLength(link.resolved.length);
    expect((await db.collections.get(collection))?.sourceIds).toEqual([]);
    expect(await db.citations.where('resolvedSourceId').equals(article.sourceId).count()).toBe(0);
    expect((await auditWorkspace(db)).wrong).toBe(0);
    expect(await trashSummary(db)).toEqual({ count: 1, size: readShared(BBC).length });
    await settleDerivedRows(db);
    expect(await db.sourceCitations.get(article.sourceId)).toBeUndefined();
    expect((await db.claimFacts.get(claim.id))?.bySources[0]).toBe(0);

    expect(await undoLatest(db)).toMatchObject({ status: 'done', description: expect.stringContaining('delete source “Obama admits') });
    expect(await snapshot(db)).toEqual(before);
    expect(Buffer.from((await db.sourceFiles.get(article.sourceId))!.bytes).equals(Buffer.from(readShared(BBC)))).toBe(true);
    expect(await trashSummary(db)).toEqual({ count: 0, size: 0 });
    expect(await deletedEvidenceOf(db, claim.id)).toEqual([]);
    await settleDerivedRows(db);
    expect(await db.claimFacts.get(claim.id)).toEqual(derivedBefore.facts);
    expect(await db.sourceCitations.get(article.sourceId)).toEqual(derivedBefore.perSource);
    expect((await auditWorkspace(db)).wrong).toBe(0);

    expect((await redoLatest(db)).status).toBe('done');
    expect(await db.sources.get(article.sourceId)).toBeUndefined();
    expect(await db.texts.get(article.sourceId)).toBeUndefined();
    expect((await undoLatest(db)).status).toBe('done');
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes one version and relinks the chain around it; undo restores the chain', async () => {
    const db = freshDatabase();
    const v1 = await importDocument(db, pasted('page.html', 'First version of the page.'));
    const v2 = await importDocument(db, pasted('page.html', 'Second version of the page.'));
    const v3 = await importDocument(db, pasted('page.html', 'Third version of the page.'));
    expect((await db.sources.get(v3.sourceId))?.previousVersionId).toBe(v2.sourceId);
    expect((await previewSourceDeletion(db, v2.sourceId))?.otherVersions).toBe(2);
    const before = await snapshot(db);
    await deleteSource(db, v2.sourceId);
    expect((await db.sources.get(v3.sourceId))?.previousVersionId).toBe(v1.sourceId);
    expect(await db.sources.count()).toBe(2);
    await undoLatest(db);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to undo once the trash was emptied, or once the same text came back, and changes nothing', async () => {
    const db = freshDatabase();
    const article = await importFile(db, BBC, 'bbc-1.html');
    await deleteSource(db, article.sourceId);
    await importFile(db, BBC, 'bbc-1.html');
    const afterReimport = await snapshot(db);
    const refused = await undoLatest(db);
    // The re-import is the newest change: undo takes it back first, then the deletion can be undone.
    expect(refused.status).toBe('done');
    expect((await undoLatest(db)).status).toBe('done');
    expect((await db.sources.get(article.sourceId))?.title).toBe(article.title);
    await redoLatest(db);
    await redoLatest(db);
    expect(await snapshot(db)).toEqual(afterReimport);

    await deleteSource(db, (await db.sources.toArray())[0]!.id);
    expect(await emptyTrash(db)).toBe(2);
    const kept = await snapshot(db);
    const outcome = await undoLatest(db);
    expect(outcome.status).toBe('conflict');
    expect(outcome.status === 'conflict' && outcome.message).toMatch(/no longer in the trash/);
    expect(await snapshot(db)).toEqual(kept);
  });
});

describe('undo of an import', () => {
  it('takes back a summary with the claims its markers made, and redo brings them back with the same ids and bytes', async () => {
    const db = freshDatabase();
    const seed = await importSeed(db);
    if (seed.status !== 'imported') throw new Error('seed not imported');
    expect(seed.claims).toBeGreaterThan(0);
    const before = await snapshot(db);
    const undone = await undoLatest(db);
    expect(undone).toMatchObject({ status: 'done', description: expect.stringContaining('import source') });
    expect(await snapshot(db)).toEqual({ sources: [], texts: [], files: [], claims: [], citations: [], annotations: [], collections: [] });
    expect((await auditWorkspace(db)).wrong).toBe(0);
    expect((await redoLatest(db)).status).toBe('done');
    expect(await snapshot(db)).toEqual(before);
    expect(await trashSummary(db)).toEqual({ count: 0, size: 0 });
  });

  it('keeps claims the analyst made from an imported article when a later change cites it, undoing that change first', async () => {
    const db = freshDatabase();
    const article = await importFile(db, BBC, 'bbc-1.html');
    const text = (await db.texts.get(article.sourceId))!.text;
    await createClaimFromPassage(db, { sourceId: article.sourceId, start: 0, end: Math.min(40, text.length) }, 'Made in the reader.');
    expect(await undoLatest(db)).toMatchObject({ status: 'done', description: expect.stringMatching(/^create claim/) });
    expect(await undoLatest(db)).toMatchObject({ status: 'done', description: expect.stringMatching(/^import source/) });
    expect(await db.sources.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
  });
});

describe('the trash and workspace restores', () => {
  it('is emptied by a restore, whose history it does not belong to: a restored deletion says it cannot be undone', async () => {
    const db = freshDatabase();
    const article = await importFile(db, BBC, 'bbc-1.html');
    await deleteSource(db, article.sourceId);
    const prepared = await prepareRestore(await exportWorkspace(db, 'Default'));
    if (!prepared.ok) throw new Error(prepared.error);
    await restoreWorkspace(db, prepared.value.file, prepared.value.derived);
    expect(await trashSummary(db)).toEqual({ count: 0, size: 0 });
    const outcome = await undoLatest(db);
    expect(outcome.status === 'conflict' && outcome.message).toMatch(/no longer in the trash/);
    expect(await db.sources.count()).toBe(0);
  });
});

function pasted(fileName: string, text: string) {
  return {
    doc: { kind: 'html' as const, text, blocks: [{ id: 'b1', kind: 'paragraph' as const, start: 0, end: text.length, paragraph: 1 }], meta: { title: 'Page', authors: [], lang: 'en', tags: [] }, references: [], notices: [] },
    origin: { method: 'file' as const, fileName },
  };
}
