import { describe, expect, it } from 'vitest';
import { quantitiesForClaim } from '../../../../../shared/claims/edit/claim-quantities';
import { FootnoteDatabase } from '../../../../../renderer/src/db/database';
import { exportWorkspace, parseWorkspaceFile, restoreWorkspace } from '../../../../../renderer/src/db/workspace-file';
import type { Claim } from '../../../../../shared/model';
import { freshDatabase } from '../test-database';

const AT = '2025-01-01T00:00:00.000Z';
const claimWith = (id: string, text: string): Claim => ({ id, text, status: 'draft', tags: [], note: '', order: 0, quantities: quantitiesForClaim(text), createdAt: AT, updatedAt: AT });

describe('schema v3: claims indexed by subject and measure', () => {
  it('back-fills the keys of claims written by v2, leaving claims without figures as they were', async () => {
    const name = `measure-keys-${Math.random()}`;
    const v2 = new FootnoteDatabase(name, { upTo: 2 });
    const withFigures = claimWith('a', "China produces 270,000 tons, which is 70% of the world's output");
    const withoutFigures = claimWith('b', 'The agreement is vague');
    await v2.claims.bulkAdd([withFigures, withoutFigures]);
    expect((await v2.claims.get('a'))?.measureKeys).toBeUndefined();
    v2.close();

    const v3 = new FootnoteDatabase(name, { upTo: 3 });
    await v3.open();
    expect(v3.verno).toBe(3);
    expect((await v3.claims.get('a'))?.measureKeys).toEqual(['china|production', 'china|share of world production']);
    expect(await v3.claims.get('b')).toEqual(withoutFigures);
    expect((await v3.claims.where('measureKeys').equals('china|share of world production').toArray()).map((c) => c.id)).toEqual(['a']);
    v3.close();
  });

  it('recomputes the keys when claims come back from a workspace file, which does not carry them', async () => {
    const db = freshDatabase();
    await db.claims.add(claimWith('a', 'China produces 70% of world output'));
    const text = await exportWorkspace(db, 'w');
    // The file's own text: checking the parsed value could not fail, since the schema strips unknown keys.
    expect(text).not.toContain('measureKeys');
    const parsed = parseWorkspaceFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const restored = freshDatabase();
    await restoreWorkspace(restored, parsed.value);
    expect(await restored.claims.where('measureKeys').startsWith('china|').count()).toBe(1);
  });

  it('replaces keys a writer set by hand with the ones its figures give', async () => {
    const db = freshDatabase();
    await db.claims.put({ ...claimWith('a', 'Japan imports 10% of its supply'), measureKeys: ['stale|key'] });
    expect((await db.claims.get('a'))?.measureKeys).not.toContain('stale|key');
  });
});
