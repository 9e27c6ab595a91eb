import { describe, expect, it } from 'vitest';
import { exportWorkspace, parseWorkspaceFile, prepareRestore, restoreWorkspace } from '../../../../renderer/src/db/workspace-file';
import { settleDerivedRows } from '../../../../renderer/src/db/derived-recompute';
import { createBriefingFromClaims } from '../../../../renderer/src/db/briefings';
import { freshDatabase, importSeed } from './test-database';

async function snapshot(db: ReturnType<typeof freshDatabase>) {
  return {
    sources: await db.sources.toArray(),
    files: await db.sourceFiles.toArray(),
    texts: await db.texts.toArray(),
    claims: await db.claims.toArray(),
    citations: await db.citations.toArray(),
    briefings: await db.briefings.toArray(),
  };
}

// The seed's workspace with its derived rows settled, read and prepared for a restore into a fresh database.
async function seedPreparedForRestore() {
  const db = freshDatabase();
  await importSeed(db);
  await settleDerivedRows(db);
  const prepared = await prepareRestore(await exportWorkspace(db, 'Default'));
  if (!prepared.ok) throw new Error(prepared.error);
  return { db, prepared, other: freshDatabase() };
}

describe('workspace export and import', () => {
  it('round-trips every table, original bytes included', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const claims = await db.claims.toArray();
    await createBriefingFromClaims(db, { title: 'Rare earths', claimIds: claims.map((c) => c.id) });
    const json = await exportWorkspace(db, 'Default');
    const parsed = parseWorkspaceFile(json);
    if (!parsed.ok) throw new Error(parsed.error);
    const other = freshDatabase();
    await restoreWorkspace(other, parsed.value);
    expect(await snapshot(other)).toEqual(await snapshot(db));
    expect(await other.history.count()).toBe((await db.history.count()) + 1);
  });

  it('leaves the derived measureKeys index out of the file text, and rebuilds it on restore', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const indexed = (await db.claims.toArray()).filter((c) => (c.measureKeys?.length ?? 0) > 0);
    expect(indexed.length, 'the seed has claims with figures, so the index is in use').toBeGreaterThan(0);
    const text = await exportWorkspace(db, 'Default');
    // The serialized text, not a value a schema has already stripped: this fails if the field is written at all.
    expect(text).not.toContain('measureKeys');
    const parsed = parseWorkspaceFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const other = freshDatabase();
    await restoreWorkspace(other, parsed.value);
    const key = indexed[0]?.measureKeys?.[0] ?? '';
    const before = (await db.claims.where('measureKeys').equals(key).primaryKeys()).sort();
    expect(before.length).toBeGreaterThan(0);
    expect((await other.claims.where('measureKeys').equals(key).primaryKeys()).sort()).toEqual(before);
    expect((await other.claims.toArray()).map((c) => c.measureKeys)).toEqual((await db.claims.toArray()).map((c) => c.measureKeys));
  });

  it('still reads history rows an older Footnote wrote in shapes no longer made', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const file = JSON.parse(await exportWorkspace(db, 'Default'));
    const legacy = { entity: 'claim', entityId: 'gone', op: 'delete', at: '2025-01-01T00:00:00.000Z', before: { claim: { id: 'gone' }, note: 'old shape' } };
    file.tables.history.push(legacy);
    const parsed = parseWorkspaceFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    const other = freshDatabase();
    await restoreWorkspace(other, parsed.value);
    expect(await other.history.filter((h) => h.entityId === 'gone').toArray()).toEqual([expect.objectContaining(legacy)]);
  });

  it('refuses files that are not workspaces, with a message that says why', () => {
    expect(parseWorkspaceFile('not json')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseWorkspaceFile('{"hello":1}')).toEqual({ ok: false, error: expect.stringMatching(/not a Footnote workspace/) });
    expect(parseWorkspaceFile('{"format":"footnote-workspace","formatVersion":9}')).toEqual({ ok: false, error: expect.stringMatching(/newer Footnote/) });
    const damaged = parseWorkspaceFile('{"format":"footnote-workspace","formatVersion":1,"tables":{}}');
    expect(damaged).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
  });

  it('refuses a file whose citations point at claims it does not hold', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const file = JSON.parse(await exportWorkspace(db, 'Default'));
    file.tables.claims = [];
    expect(parseWorkspaceFile(JSON.stringify(file))).toEqual({ ok: false, error: expect.stringMatching(/inconsistent.*missing claim/) });
  });

  it('leaves the current data untouched when a restore fails part-way', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const before = await snapshot(db);
    const file = JSON.parse(await exportWorkspace(db, 'Default'));
    // Valid by schema, but the second source repeats the first's unique content hash: the write fails inside the transaction.
    file.tables.sources.push({ ...file.tables.sources[0], id: 'another' });
    const parsed = parseWorkspaceFile(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    const forced = { ...JSON.parse(await exportWorkspace(db, 'Default')) };
    forced.tables.sources.push({ ...forced.tables.sources[0], id: 'another' });
    await expect(restoreWorkspace(db, forced)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('restores with rows derived before the confirmation (as the import worker does) the same derived tables as a recompute', async () => {
    const { db, prepared, other } = await seedPreparedForRestore();
    expect(prepared.value.derived.claimFacts.length).toBe(await db.claims.count());
    await restoreWorkspace(other, prepared.value.file, prepared.value.derived);
    expect(await snapshot(other)).toEqual(await snapshot(db));
    const derived = async (d: ReturnType<typeof freshDatabase>) => ({
      // `figures` is a change signature (JSON of the quantities): a parsed file lists their keys in the schema's order.
      facts: (await d.claimFacts.toArray()).map(({ figures: _signature, ...rest }) => rest),
      conflicts: await d.conflicts.toArray(),
      counts: await d.sourceCitations.toArray(),
    });
    expect(await derived(other)).toEqual(await derived(db));
    expect(await prepareRestore('{"not": "a workspace"}')).toMatchObject({ ok: false });
  });

  it('reports its progress in rows written, ending at every row it wrote (the file’s and the derived ones)', async () => {
    const { prepared, other } = await seedPreparedForRestore();
    const reports: [number, number][] = [];
    await restoreWorkspace(other, prepared.value.file, prepared.value.derived, (written, total) => reports.push([written, total]));
    const totals = new Set(reports.map(([, total]) => total));
    expect(totals.size).toBe(1);
    const written = reports.map(([w]) => w);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(written[0]).toBe(0);
    // Every row in the database but the restore's own history line ("workspace restored").
    const rows = (await Promise.all([...other.allTables(), other.claimFacts, other.conflicts, other.sourceCitations].map((t) => t.count()))).reduce((a, b) => a + b, 0) - 1;
    expect(written.at(-1)).toBe(rows);
    expect([...totals][0]).toBe(rows);
  });
});
