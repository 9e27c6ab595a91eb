import { describe, expect, it } from 'vitest';
import { FootnoteDatabase, SCHEMA_VERSIONS } from '../../../../renderer/src/db/database';
import { importSeed } from './test-database';

describe('schema migrations', () => {
  it('lists versions in ascending order, one each', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  // Versions may skip numbers (branches reserve theirs), so each is upgraded from the one listed before it.
  for (const [i, target] of SCHEMA_VERSIONS.slice(1).entries()) {
    const previous = SCHEMA_VERSIONS[i]!.version;
    it(`opens a database written by version ${previous} at version ${target.version} with every row intact`, async () => {
      const name = `migrate-${target.version}-${Math.random()}`;
      const old = new FootnoteDatabase(name, { upTo: previous });
      await importSeed(old);
      const before = { sources: await old.sources.toArray(), claims: (await old.claims.toArray()).map(({ measureKeys: _derived, ...claim }) => claim), citations: await old.citations.toArray(), files: await old.sourceFiles.toArray() };
      expect(old.verno).toBe(previous);
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
});
