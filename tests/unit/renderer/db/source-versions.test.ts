import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../renderer/src/db/import-source';
import { loadSourceView } from '../../../../renderer/src/db/queries';
import type { NormalizedDocument } from '../../../../shared/ingest/normalized-document';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';
import { freshDatabase } from './test-database';

function doc(title: string, paragraphs: string[], extra: Partial<NormalizedDocument['meta']> = {}, kind: NormalizedDocument['kind'] = 'html'): NormalizedDocument {
  const { text, blocks } = buildBlocks(paragraphs.map((p) => ({ kind: 'paragraph', text: p })));
  return { kind, text, blocks, meta: { title, authors: [], lang: 'und-Latn', tags: [], ...extra }, references: [], notices: [] };
}

const file = (name: string, content: string) => ({ name, mime: 'text/html', bytes: new TextEncoder().encode(content) });

describe('versions, duplicates and shared files', () => {
  it('stores a changed page with the same URL as a new version linked to the previous one', async () => {
    const db = freshDatabase();
    const url = 'https://example.org/rare-earths';
    const first = await importDocument(db, { doc: doc('Rare earths', ['Output is 70%.'], { url }), origin: { method: 'file' }, file: file('a.html', 'v1') });
    const second = await importDocument(db, { doc: doc('Rare earths (updated)', ['Output is 60%.'], { url }), origin: { method: 'file' }, file: file('a.html', 'v2') });
    expect(second).toMatchObject({ status: 'imported', previousVersionId: first.sourceId });
    const view = await loadSourceView(db, first.sourceId);
    expect(view?.nextVersion?.id).toBe(second.sourceId);
  });

  it('links by file name and kind when there is no URL, and not across kinds; a shared title alone only suggests', async () => {
    const db = freshDatabase();
    const from = (fileName: string) => ({ method: 'file' as const, fileName });
    const body = ['The company produced 270,000 tonnes of rare-earth oxide in the year under review.', 'Exports fell by a tenth as new quotas took effect in the second half of the year.'];
    const a = await importDocument(db, { doc: doc('Annual report', [...body, 'One.'], {}, 'pdf'), origin: from('report.pdf') });
    const b = await importDocument(db, { doc: doc('Annual report', [...body, 'Two.'], {}, 'pdf'), origin: from('report.pdf') });
    const c = await importDocument(db, { doc: doc('Annual report', [...body, 'Three.'], {}, 'docx'), origin: from('report.pdf') });
    const d = await importDocument(db, { doc: doc('Annual report', [...body, 'Four.'], {}, 'pdf'), origin: from('annual-2025.pdf') });
    expect(b).toMatchObject({ previousVersionId: a.sourceId, versionCandidates: [] });
    expect(c).not.toHaveProperty('previousVersionId');
    expect(d).not.toHaveProperty('previousVersionId');
    // Same title and kind, another file: offered to the analyst, newest first, and not linked.
    expect(d.status === 'imported' && d.versionCandidates.map((v) => v.sourceId)).toEqual([b.sourceId, a.sourceId]);
  });

  it('tells scans without a text layer apart by their bytes, and still recognises the same scan twice', async () => {
    const db = freshDatabase();
    const scan = (bytes: string) => importDocument(db, { doc: doc('', [], { textLayer: false }, 'pdf'), origin: { method: 'file' }, file: file('scan.pdf', bytes) });
    expect((await scan('scan one')).status).toBe('imported');
    expect((await scan('scan two')).status).toBe('imported');
    expect((await scan('scan one')).status).toBe('duplicate');
  });

  it('keeps a reference list file once, and every entry finds it', async () => {
    const db = freshDatabase();
    const f = file('refs.bib', '@article{a, title={A}} @article{b, title={B}}');
    const a = await importDocument(db, { doc: doc('A', ['A.'], {}, 'reference'), origin: { method: 'file' }, file: f, storeFileBytes: true });
    const b = await importDocument(db, { doc: doc('B', ['B.'], {}, 'reference'), origin: { method: 'file' }, file: f, storeFileBytes: false });
    expect(await db.sourceFiles.count()).toBe(1);
    expect((await loadSourceView(db, b.sourceId))?.file?.sourceId).toBe(a.sourceId);
  });
});
