import { describe, expect, it } from 'vitest';
import { buildBriefingCompanion, serializeBriefingCompanion } from '../../../../shared/briefing/briefing-companion';
import { ingestAnyFile } from '../../../../renderer/src/workers/parsers/ingest-any-file';
import { loadBriefingBundle } from '../../../../renderer/src/db/briefing-exports';
import { importBriefingCompanion } from '../../../../renderer/src/db/briefing-import';
import { createBriefingFromClaims } from '../../../../renderer/src/db/briefings';
import { createClaimFromPassage } from '../../../../renderer/src/db/claims';
import type { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { sha256Hex } from '../../../../renderer/src/db/identity';
import { importDocument, isPlaceholder } from '../../../../renderer/src/db/import-source';
import { readShared } from '../../shared/fixture-paths';
import { freshDatabase, importSeed } from './test-database';

async function companionOf(db: FootnoteDatabase, claimIds: string[]): Promise<string> {
  const briefing = await createBriefingFromClaims(db, { title: 'Rare earths', claimIds });
  const bundle = (await loadBriefingBundle(db, briefing.id))!;
  return serializeBriefingCompanion(buildBriefingCompanion(bundle.briefing, bundle.lookup, '2026-01-01T00:00:00Z'));
}

async function importCorpusFile(db: FootnoteDatabase, path: string, mime: string) {
  const bytes = readShared(path);
  const name = path.split('/').at(-1)!;
  const parsed = await ingestAnyFile(name, bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  return importDocument(db, { doc: parsed.docs[0]!, origin: { method: 'file', fileName: name, mime, size: bytes.length }, file: { name, mime, bytes } });
}

describe('a placeholder a briefing companion made is filled by its original', () => {
  it('the seed summary fills its placeholder in place: same id, its text and file, no claim twice', async () => {
    const exporting = freshDatabase();
    await importSeed(exporting);
    const claims = (await exporting.claims.toArray()).sort((a, b) => a.order - b.order);
    const text = await companionOf(exporting, claims.slice(0, 3).map((c) => c.id));

    const db = freshDatabase();
    expect(await importBriefingCompanion(db, text)).toMatchObject({ ok: true, addedSources: 1, addedClaims: 3 });
    const [placeholder] = await db.sources.toArray();
    expect(await isPlaceholder(db, placeholder!)).toBe(true);
    const citedBefore = await db.citations.where('sourceId').equals(placeholder!.id).primaryKeys();

    const outcome = await importSeed(db);
    expect(outcome).toMatchObject({ status: 'imported', sourceId: placeholder!.id, claims: 7 });
    if (outcome.status !== 'imported') throw new Error('refused');
    expect(outcome.notices[0]).toMatch(/^Filled the source a briefing companion named without its text; the \d+ citations in it now point at this text\./);
    expect(await db.sources.count()).toBe(1);
    expect(await isPlaceholder(db, (await db.sources.get(placeholder!.id))!)).toBe(false);
    const file = await db.sourceFiles.get(placeholder!.id);
    expect(file && (await sha256Hex(file.bytes))).toBe(file?.sha256);
    // The companion's three claims are kept (with their citations), the other seven are made from the markers.
    expect((await db.claims.toArray()).map((c) => c.text).sort()).toEqual(claims.map((c) => c.text).sort());
    expect(await db.citations.bulkGet(citedBefore)).not.toContain(undefined);
    expect((await db.citations.bulkGet(citedBefore)).every((c) => c?.sourceId === placeholder!.id)).toBe(true);

    // Once filled, the same text again is the duplicate it always was.
    expect(await importSeed(db)).toMatchObject({ status: 'duplicate', sourceId: placeholder!.id });
  });

  it('a real HTML page (Debian reference preface) fills its placeholder, and the cited passage is in the text where the citation says', async () => {
    const path = 'corpus/documents/debian-reference/pr01.en.html';
    const exporting = freshDatabase();
    const imported = await importCorpusFile(exporting, path, 'text/html');
    if (imported.status !== 'imported') throw new Error('not imported');
    const exportedText = (await exporting.texts.get(imported.sourceId))!.text;
    const start = exportedText.indexOf('Debian');
    const claim = await createClaimFromPassage(exporting, { sourceId: imported.sourceId, start, end: start + 40 }, 'The preface introduces the Debian Reference.');
    const text = await companionOf(exporting, [claim.id]);

    const db = freshDatabase();
    await importBriefingCompanion(db, text);
    const outcome = await importCorpusFile(db, path, 'text/html');
    expect(outcome).toMatchObject({ status: 'imported', sourceId: imported.sourceId });
    const [citation] = await db.citations.where('claimId').equals(claim.id).toArray();
    expect(citation?.sourceId).toBe(imported.sourceId);
    const filledText = (await db.texts.get(imported.sourceId))!.text;
    const quote = citation!.locator.selectors!.find((s) => s.type === 'TextQuoteSelector');
    const position = citation!.locator.selectors!.find((s) => s.type === 'TextPositionSelector');
    expect(quote && position && 'exact' in quote && 'start' in position && filledText.slice(position.start, position.end) === quote.exact).toBe(true);
  });

  it('is found by its file bytes when this build reads the text differently from the one that exported the companion', async () => {
    const exporting = freshDatabase();
    const seed = await importSeed(exporting);
    const claims = await exporting.claims.toArray();
    const companion = JSON.parse(await companionOf(exporting, [claims[0]!.id])) as { sources: { contentHash: string }[] };
    companion.sources[0]!.contentHash = 'read-differently-by-an-older-build';

    const db = freshDatabase();
    expect(await importBriefingCompanion(db, JSON.stringify(companion))).toMatchObject({ ok: true, addedSources: 1 });
    const outcome = await importSeed(db);
    expect(outcome).toMatchObject({ status: 'imported', sourceId: seed.sourceId });
    expect((await db.sources.get(seed.sourceId))?.contentHash).toBe((await exporting.sources.get(seed.sourceId))?.contentHash);
    expect(await db.sources.count()).toBe(1);
  });

  it('a source that has its text is never overwritten: the same text again is still refused as a duplicate', async () => {
    const db = freshDatabase();
    const first = await importSeed(db);
    expect(await importSeed(db)).toEqual({ status: 'duplicate', sourceId: first.sourceId, title: first.title });
  });
});
