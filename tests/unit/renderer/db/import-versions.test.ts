import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { importDocument, storeAsNewVersion, type ImportOutcome } from '../../../../renderer/src/db/import-source';
import { createAnnotation } from '../../../../renderer/src/db/annotations';
import { createClaim } from '../../../../renderer/src/db/claim-operations';
import { selectionSelectors } from '../../../../renderer/src/db/claim-operations';
import { ingestPastedText } from '../../../../shared/ingest/ingest-file';
import type { NormalizedDocument } from '../../../../shared/ingest/normalized-document';
import { readSharedText } from '../../shared/fixture-paths';
import { freshDatabase } from './test-database';
import { auditWorkspace } from '../../../../renderer/src/db/link-audit';

// Real prose: the paragraphs of the BBC article Readability's test page extracts, pasted as an analyst would paste
// them, with no title line.
function bbcParagraphs(): string[] {
  const html = readSharedText('corpus/readability/bbc-1/expected.html');
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)]
    .map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 60);
}

function pasted(text: string): NormalizedDocument {
  const parsed = ingestPastedText(text);
  if (!parsed.ok || !parsed.docs[0]) throw new Error('the paste did not parse');
  return parsed.docs[0];
}

const paste = (db: FootnoteDatabase, text: string) => importDocument(db, { doc: pasted(text), origin: { method: 'paste', mime: 'text/plain', size: text.length } });

function imported(outcome: ImportOutcome): Extract<ImportOutcome, { status: 'imported' }> {
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${outcome.status}`);
  return outcome;
}

async function annotatePhrase(db: FootnoteDatabase, sourceId: string, phrase: string) {
  const text = (await db.texts.get(sourceId))?.text ?? '';
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in the source`);
  return createAnnotation(db, { sourceId, start, end: start + phrase.length, note: 'checked' });
}

describe('versions are recognised by identity only', () => {
  const paragraphs = bbcParagraphs();
  const first = paragraphs.slice(0, 3).join('\n\n');
  const second = paragraphs.slice(3, 6).join('\n\n');

  it('keeps two pastes without a title line as two unrelated sources, annotations where they were made', async () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(6);
    const db = freshDatabase();
    const a = imported(await paste(db, first));
    const note = await annotatePhrase(db, a.sourceId, paragraphs[0]!.slice(0, 40));
    const b = imported(await paste(db, second));
    // Both carry the fallback title: that is exactly why a title is not an identity.
    expect([a.title, b.title]).toEqual(['Pasted text', 'Pasted text']);
    expect(b).not.toHaveProperty('previousVersionId');
    expect(b.carried).toBeUndefined();
    expect((await db.sources.get(b.sourceId))?.previousVersionId).toBeUndefined();
    expect((await db.annotations.get(note.id))?.sourceId).toBe(a.sourceId);
    expect(await db.annotations.where('sourceId').equals(b.sourceId).count()).toBe(0);
    // The shared title is offered as a guess for the analyst to confirm, nothing more.
    expect(b.versionCandidates.map((c) => c.sourceId)).toEqual([a.sourceId]);
  });

  it('carries annotations and anchored citations to a new version of the same file in the same import', async () => {
    const db = freshDatabase();
    const file = (text: string) => ({ doc: pasted(text), origin: { method: 'file' as const, fileName: 'bbc.txt' }, file: { name: 'bbc.txt', mime: 'text/plain', bytes: new TextEncoder().encode(text) } });
    const a = imported(await importDocument(db, file(first)));
    const phrase = paragraphs[1]!.slice(0, 50);
    const note = await annotatePhrase(db, a.sourceId, phrase);
    const [source, sourceText] = [await db.sources.get(a.sourceId), await db.texts.get(a.sourceId)];
    const start = sourceText!.text.indexOf(phrase);
    const { citation } = await createClaim(db, { text: 'The BBC reported it.', citation: { sourceId: a.sourceId, selectors: selectionSelectors(source!, sourceText!, start, start + phrase.length) } });

    const edited = [paragraphs[0], 'An added paragraph at the top of the second paragraph, written by the editor.', paragraphs[1], paragraphs[2]].join('\n\n');
    const b = imported(await importDocument(db, file(edited)));
    expect(b.previousVersionId).toBe(a.sourceId);
    expect(b.carried?.totals.exact).toBe(2);
    expect(b.notices.join(' ')).toMatch(/carried to this version: 2 placed exactly/);
    expect((await db.annotations.get(note.id))?.sourceId).toBe(b.sourceId);
    expect((await db.citations.get(citation!.id))?.sourceId).toBe(b.sourceId);
    const history = (await db.history.toArray()).find((h) => h.entity === 'source' && h.entityId === b.sourceId);
    expect(history?.after).toMatchObject({ previousVersionId: a.sourceId, carried: 2 });
  });

  it('stores nothing when carrying fails: no source, no text, no claims, no half-carried annotations', async () => {
    const name = `carry-failure-${Math.random()}`;
    const db = new FootnoteDatabase(name);
    const url = 'https://www.bbc.co.uk/news/example';
    const a = imported(await importDocument(db, { doc: { ...pasted(`${first}\n\nA claim with a marker [1].`), meta: { ...pasted(first).meta, url } }, origin: { method: 'paste' } }));
    await annotatePhrase(db, a.sourceId, paragraphs[0]!.slice(0, 40));
    const before = { sources: await db.sources.count(), texts: await db.texts.count(), claims: await db.claims.count(), citations: await db.citations.count(), history: await db.history.count(), annotations: await db.annotations.toArray() };
    db.close();

    // The same workspace, opened with storage that fails the moment an annotation is rewritten (the carry).
    const failing = new FootnoteDatabase(name);
    failing.use(failAnnotationWrites);
    const edited = { ...pasted(`${second}\n\nAnother claim [2].`), meta: { ...pasted(second).meta, url } };
    await expect(importDocument(failing, { doc: edited, origin: { method: 'paste' } })).rejects.toThrow(/disk full/);
    expect({ sources: await failing.sources.count(), texts: await failing.texts.count(), claims: await failing.claims.count(), citations: await failing.citations.count(), history: await failing.history.count(), annotations: await failing.annotations.toArray() }).toEqual(before);
    failing.close();
  });

  it('carries annotations of a pasted text when the analyst says the next paste is its new version', async () => {
    const db = freshDatabase();
    const a = imported(await paste(db, first));
    const note = await annotatePhrase(db, a.sourceId, paragraphs[2]!.slice(0, 40));
    const b = imported(await paste(db, [paragraphs[0], paragraphs[2]].join('\n\n')));
    expect(b.previousVersionId).toBeUndefined();
    const carried = await storeAsNewVersion(db, b.sourceId, a.sourceId);
    expect(carried.totals.exact).toBe(1);
    expect((await db.sources.get(b.sourceId))?.previousVersionId).toBe(a.sourceId);
    expect((await db.annotations.get(note.id))?.sourceId).toBe(b.sourceId);
    // Once linked, the chain cannot be turned into a loop or linked twice.
    await expect(storeAsNewVersion(db, a.sourceId, b.sourceId)).rejects.toThrow(/later version/);
    await expect(storeAsNewVersion(db, b.sourceId, a.sourceId)).rejects.toThrow(/already stored as a new version/);
  });

  it('recognises a pasted new version by its URL and carries its annotations too', async () => {
    const db = freshDatabase();
    const url = 'https://www.bbc.co.uk/news/example';
    const withUrl = (text: string) => {
      const d = pasted(text);
      return { ...d, meta: { ...d.meta, url } };
    };
    const a = imported(await importDocument(db, { doc: withUrl(first), origin: { method: 'paste' } }));
    const note = await annotatePhrase(db, a.sourceId, paragraphs[1]!.slice(0, 40));
    const b = imported(await importDocument(db, { doc: withUrl(`${first}\n\nA paragraph added later by the editors of the page.`), origin: { method: 'paste' } }));
    expect(b.previousVersionId).toBe(a.sourceId);
    expect((await db.annotations.get(note.id))?.sourceId).toBe(b.sourceId);
  });
});

// The paragraphs of Guangming Daily's page (gmw), saved under the same file name as the BBC page: source.html.
function gmwParagraphs(): string[] {
  const html = readSharedText('corpus/readability/gmw/expected.html');
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()).filter((p) => p.length > 20);
}

describe('a file name is an identity only for a text that reads as the same document', () => {
  const bbc = bbcParagraphs();
  const fromFile = (text: string, name = 'source.html') => ({ doc: pasted(text), origin: { method: 'file' as const, fileName: name }, file: { name, mime: 'text/html', bytes: new TextEncoder().encode(text) } });

  async function citePhrase(db: FootnoteDatabase, sourceId: string, phrase: string) {
    const [source, sourceText] = [await db.sources.get(sourceId), await db.texts.get(sourceId)];
    const start = sourceText!.text.indexOf(phrase);
    if (start < 0) throw new Error(`“${phrase}” is not in the source`);
    const { citation } = await createClaim(db, { text: `It says: ${phrase.slice(0, 30)}`, citation: { sourceId, selectors: selectionSelectors(source!, sourceText!, start, start + phrase.length) } });
    return citation!;
  }

  it('keeps the BBC and Guangming Daily pages, both saved as source.html, as two sources, and offers the earlier one as a doubt', async () => {
    const db = freshDatabase();
    const a = imported(await importDocument(db, fromFile(bbc.join('\n\n'))));
    const cited = await citePhrase(db, a.sourceId, bbc[2]!.slice(0, 60));
    const b = imported(await importDocument(db, fromFile(gmwParagraphs().join('\n\n'))));
    expect(b.previousVersionId).toBeUndefined();
    expect(b.carried).toBeUndefined();
    expect(b.versionCandidates).toEqual([expect.objectContaining({ sourceId: a.sourceId, reason: 'same-file' })]);
    expect(await db.citations.get(cited.id)).toMatchObject({ sourceId: a.sourceId, resolved: true });
    expect((await auditWorkspace(db)).wrong).toBe(0);
  });

  it('carries a citation to a new version with its new paragraph, and leaves one whose passage is gone on the version it quotes', async () => {
    const db = freshDatabase();
    const original = bbc.slice(0, 6);
    const a = imported(await importDocument(db, fromFile(original.join('\n\n'), 'bbc.txt')));
    const moving = await citePhrase(db, a.sourceId, original[3]!.slice(0, 60));
    const staying = await citePhrase(db, a.sourceId, original[5]!.slice(0, 60));
    expect((await db.citations.get(moving.id))?.locator.paragraph).toBe(4);

    const revised = ['Update: this article was revised after publication to add the White House’s comment.', ...original.slice(0, 5)];
    const b = imported(await importDocument(db, fromFile(revised.join('\n\n'), 'bbc.txt')));
    expect(b.previousVersionId).toBe(a.sourceId);
    expect(b.carried).toMatchObject({ carried: 1, citationsLeft: 1 });
    expect(b.notices.join(' ')).toMatch(/1 placed exactly, 0 placed approximately, 0 orphaned; 1 citation left on the earlier version, whose text it quotes/);
    // Moved, and its paragraph is the one it stands in now (5), not the one it had (4).
    expect(await db.citations.get(moving.id)).toMatchObject({ sourceId: b.sourceId, resolved: true, locator: { paragraph: 5 } });
    // Stayed on the version that holds its words, still true there.
    expect(await db.citations.get(staying.id)).toMatchObject({ sourceId: a.sourceId, resolved: true, locator: { paragraph: 6 } });
    const audit = await auditWorkspace(db);
    expect(audit).toMatchObject({ checked: 2, wrong: 0, unresolved: 0 });
  });
});

// Fails every write to the annotations table, as a full disk or a quota error would.
const failAnnotationWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'failAnnotationWrites',
  create: (down) => ({
    ...down,
    table: (name: string): DBCoreTable => {
      const table = down.table(name);
      return name === 'annotations' ? { ...table, mutate: () => Promise.reject(new Error('disk full')) } : table;
    },
  }),
};
