import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addClaimItems,
  addProse,
  addSection,
  createBriefingFromClaims,
  moveItem,
  moveItemStep,
  removeItem,
  removeSection,
  renameSection,
  updateBriefingMeta,
  updateProse,
} from '../../../../renderer/src/db/briefings';
import type { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { importBriefingCompanion } from '../../../../renderer/src/db/briefing-import';
import { loadBriefingBundle } from '../../../../renderer/src/db/briefing-exports';
import { buildBriefingCompanion, serializeBriefingCompanion } from '../../../../shared/briefing/briefing-companion';
import { freshDatabase, importSeed } from './test-database';

async function seededBriefing(db: FootnoteDatabase, claimCount = 3) {
  await importSeed(db);
  const claims = (await db.claims.orderBy('id').toArray()).sort((a, b) => a.order - b.order);
  const briefing = await createBriefingFromClaims(db, { title: 'Rare earths', claimIds: claims.slice(0, claimCount).map((c) => c.id) });
  return { briefing, claims };
}

async function itemIds(db: FootnoteDatabase, briefingId: string): Promise<string[][]> {
  const b = await db.briefings.get(briefingId);
  return (b?.sections ?? []).map((s) => s.items.map((i) => i.id));
}

describe('briefing composer operations', () => {
  it('updates meta fields, clears an optional one, refuses an empty title, and records history', async () => {
    const db = freshDatabase();
    const { briefing } = await seededBriefing(db);
    await updateBriefingMeta(db, briefing.id, { title: 'New', audience: 'Desk', date: '2026-01-02', summary: 'S', citationStyle: 'chicago-notes', lang: 'zh-CN' });
    expect(await db.briefings.get(briefing.id)).toMatchObject({ title: 'New', audience: 'Desk', date: '2026-01-02', summary: 'S', citationStyle: 'chicago-notes', lang: 'zh-CN' });
    await updateBriefingMeta(db, briefing.id, { lang: undefined });
    expect((await db.briefings.get(briefing.id))?.lang).toBeUndefined();
    await expect(updateBriefingMeta(db, briefing.id, { title: '  ' })).rejects.toThrow('needs a title');
    const history = await db.history.where('[entity+entityId]').equals(['briefing', briefing.id]).toArray();
    expect(history.map((h) => h.op)).toEqual(['create', 'update', 'update']);
    expect(history[1]).toMatchObject({ before: { title: 'Rare earths' }, after: { title: 'New' } });
  });

  it('adds, renames and removes sections; removing a section keeps its claims in the workspace', async () => {
    const db = freshDatabase();
    const { briefing } = await seededBriefing(db);
    const claimsBefore = await db.claims.count();
    const id = await addSection(db, briefing.id, ' Outlook ');
    await renameSection(db, briefing.id, id, 'Risks');
    let b = await db.briefings.get(briefing.id);
    expect(b?.sections.at(-1)).toMatchObject({ id, heading: 'Risks', items: [] });
    const first = b!.sections[0]!.id;
    await removeSection(db, briefing.id, first);
    b = await db.briefings.get(briefing.id);
    expect(b?.sections.some((s) => s.id === first)).toBe(false);
    expect(await db.claims.count()).toBe(claimsBefore);
    await expect(renameSection(db, briefing.id, first, 'x')).rejects.toThrow('no longer');
  });

  it('adds claims once each, skipping claims already present or deleted', async () => {
    const db = freshDatabase();
    const { briefing, claims } = await seededBriefing(db, 2);
    const added = await addClaimItems(db, briefing.id, null, [claims[0]!.id, claims[3]!.id, 'gone', claims[3]!.id]);
    expect(added).toBe(1);
    const b = await db.briefings.get(briefing.id);
    const claimIds = b!.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'claim' ? [i.claimId] : [])));
    expect(claimIds).toEqual([claims[0]!.id, claims[1]!.id, claims[3]!.id]);
  });

  it('adds, edits and removes prose between claims', async () => {
    const db = freshDatabase();
    const { briefing } = await seededBriefing(db);
    const section = (await db.briefings.get(briefing.id))!.sections[0]!;
    const prose = await addProse(db, briefing.id, section.id, 'Context.', 1);
    await updateProse(db, briefing.id, prose, 'Context, revised.');
    let items = (await db.briefings.get(briefing.id))!.sections[0]!.items;
    expect(items[1]).toEqual({ kind: 'prose', id: prose, text: 'Context, revised.' });
    await expect(updateProse(db, briefing.id, items[0]!.id, 'x')).rejects.toThrow('no longer');
    await removeItem(db, briefing.id, prose);
    items = (await db.briefings.get(briefing.id))!.sections[0]!.items;
    expect(items.some((i) => i.id === prose)).toBe(false);
  });

  it('moves items within and between sections', async () => {
    const db = freshDatabase();
    const { briefing } = await seededBriefing(db, 1);
    const first = (await db.briefings.get(briefing.id))!.sections[0]!.id;
    const [a] = (await itemIds(db, briefing.id))[0]!;
    const b = await addProse(db, briefing.id, first, 'B');
    const second = await addSection(db, briefing.id, 'Two');
    await moveItem(db, briefing.id, a!, { sectionId: first, index: 1 });
    expect((await itemIds(db, briefing.id))[0]).toEqual([b, a]);
    await moveItem(db, briefing.id, a!, { sectionId: second, index: 99 });
    expect(await itemIds(db, briefing.id)).toEqual([[b], [a]]);
  });

  it('any sequence of moves keeps every item exactly once', async () => {
    const db = freshDatabase();
    const { briefing } = await seededBriefing(db, 10);
    await addSection(db, briefing.id, 'Extra');
    const start = (await itemIds(db, briefing.id)).flat().sort();
    const sections = (await db.briefings.get(briefing.id))!.sections.map((s) => s.id);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(start.length - 1), fc.nat(sections.length - 1), fc.nat(12)), { maxLength: 8 }), async (moves) => {
        for (const [item, section, index] of moves) await moveItem(db, briefing.id, start[item]!, { sectionId: sections[section]!, index });
        expect((await itemIds(db, briefing.id)).flat().sort()).toEqual(start);
      }),
      { numRuns: 15 },
    );
  });
});

describe('importBriefingCompanion', () => {
  it('restores a briefing with its claims, citations and sources in a fresh workspace', async () => {
    const source = freshDatabase();
    const { briefing } = await seededBriefing(source, 10);
    const bundle = (await loadBriefingBundle(source, briefing.id))!;
    const text = serializeBriefingCompanion(buildBriefingCompanion(bundle.briefing, bundle.lookup, '2026-01-01T00:00:00Z'));
    const target = freshDatabase();
    const result = await importBriefingCompanion(target, text);
    expect(result).toMatchObject({ ok: true, addedClaims: 10, addedCitations: 12, addedSources: 1, reusedSources: 0 });
    const restored = (await loadBriefingBundle(target, briefing.id))!;
    expect(restored.briefing.sections).toEqual(briefing.sections);
    expect([...restored.lookup.claims.keys()].sort()).toEqual([...bundle.lookup.claims.keys()].sort());
    expect(restored.citations).toHaveLength(12);
    expect(restored.citations.every((c) => restored.lookup.sources.has(c.sourceId))).toBe(true);
  });

  it('reuses a source the workspace already holds and gives a second import its own id', async () => {
    const db = freshDatabase();
    const { briefing } = await seededBriefing(db, 10);
    const bundle = (await loadBriefingBundle(db, briefing.id))!;
    const text = serializeBriefingCompanion(buildBriefingCompanion(bundle.briefing, bundle.lookup, '2026-01-01T00:00:00Z'));
    const result = await importBriefingCompanion(db, text);
    expect(result).toMatchObject({ ok: true, addedSources: 0, reusedSources: 1, addedClaims: 0 });
    expect(result.ok && result.briefing.id).not.toBe(briefing.id);
    expect(await db.briefings.count()).toBe(2);
  });

  it('refuses a file that is not a companion, and changes nothing', async () => {
    const db = freshDatabase();
    expect(await importBriefingCompanion(db, '{"hello":1}')).toMatchObject({ ok: false, error: expect.stringContaining('not a Footnote briefing companion') });
    expect(await importBriefingCompanion(db, 'not json')).toMatchObject({ ok: false });
    expect(await db.briefings.count()).toBe(0);
  });
});

describe('moveItemStep', () => {
  it('steps across section edges and stops at the ends, also when called quickly in a row', async () => {
    const db = freshDatabase();
    const { briefing } = await seededBriefing(db, 1);
    const first = (await db.briefings.get(briefing.id))!.sections[0]!.id;
    const [a] = (await itemIds(db, briefing.id))[0]!;
    const b = await addProse(db, briefing.id, first, 'B');
    await addSection(db, briefing.id, 'Two');
    await Promise.all([moveItemStep(db, briefing.id, a!, 1), moveItemStep(db, briefing.id, a!, 1), moveItemStep(db, briefing.id, a!, 1)]);
    expect(await itemIds(db, briefing.id)).toEqual([[b], [a]]);
    await moveItemStep(db, briefing.id, b, -1);
    expect(await itemIds(db, briefing.id)).toEqual([[b], [a]]);
  });
});
