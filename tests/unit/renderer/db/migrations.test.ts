import { describe, expect, it } from 'vitest';
import { FootnoteDatabase, SCHEMA_VERSIONS } from '../../../../renderer/src/db/database';
import { importSeed } from './test-database';

describe('schema migrations', () => {
  it('lists versions in ascending order, one each', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  // Versions may leave gaps (work merged from several branches), so the one before is the previous entry, not n-1.
  for (const [index, target] of SCHEMA_VERSIONS.entries()) {
    const previous = SCHEMA_VERSIONS[index - 1];
    if (!previous) continue;
    it(`opens a database written by version ${previous.version} at version ${target.version} with every row intact`, async () => {
      const name = `migrate-${target.version}-${Math.random()}`;
      const old = new FootnoteDatabase(name, { upTo: previous.version });
      await importSeed(old);
      const before = { sources: await old.sources.toArray(), claims: (await old.claims.toArray()).map(({ measureKeys: _derived, ...claim }) => claim), citations: await old.citations.toArray(), files: await old.sourceFiles.toArray() };
      expect(old.verno).toBe(previous.version);
      old.close();

      const upgraded = new FootnoteDatabase(name, { upTo: target.version });
      await upgraded.open();
      expect(upgraded.verno).toBe(target.version);
      expect(await upgraded.sources.toArray()).toEqual(before.sources);
      // An upgrade may add derived index fields (v3: measureKeys); everything that was there stays as it was.
      expect((await upgraded.claims.toArray()).map(({ measureKeys: _derived, ...claim }) => claim)).toEqual(before.claims);
      expect(await upgraded.citations.toArray()).toEqual(before.citations);
      expect(await upgraded.sourceFiles.toArray()).toEqual(before.files);
      upgraded.close();
    });
  }

  it('v2 adds the indexes a re-import and a shared reference file are found by', async () => {
    const db = new FootnoteDatabase(`v2-${Math.random()}`);
    await importSeed(db);
    const [source] = await db.sources.toArray();
    expect(await db.sourceFiles.where('sha256').equals(source!.fileHash!).count()).toBe(1);
    expect(await db.sources.where('previousVersionId').equals('none').count()).toBe(0);
    await db.settings.put({ key: 'importSizeLimitMB', value: 20 });
    expect(await db.settings.get('importSizeLimitMB')).toEqual({ key: 'importSizeLimitMB', value: 20 });
  });

  it('v11 adds the trash and finds a source deletion by the claims whose evidence it took', async () => {
    const name = `v11-${Math.random()}`;
    const old = new FootnoteDatabase(name, { upTo: 9 });
    await importSeed(old);
    const history = await old.history.toArray();
    old.close();
    const db = new FootnoteDatabase(name, { upTo: 11 });
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.history.toArray()).toEqual(history);
    expect(await db.trash.count()).toBe(0);
    await db.history.add({ entity: 'source', entityId: 's1', op: 'delete', at: 't', before: {}, after: { trashId: 't1', lostEvidence: ['c1', 'c2'] } });
    expect((await db.history.where('after.lostEvidence').equals('c2').toArray()).map((h) => h.entityId)).toEqual(['s1']);
  });
});
