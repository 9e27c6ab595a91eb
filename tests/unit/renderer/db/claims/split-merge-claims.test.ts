import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBriefingFromClaims } from '../../../../../renderer/src/db/briefings';
import { addCitation } from '../../../../../renderer/src/db/citation-operations';
import { correctQuantity, createClaim } from '../../../../../renderer/src/db/claim-operations';
import type { FootnoteDatabase } from '../../../../../renderer/src/db/database';
import { mergeClaims, splitClaim } from '../../../../../renderer/src/db/split-merge-claims';
import { citationPlaceKey } from '../../../../../shared/claims/edit/citation-identity';
import type { Citation } from '../../../../../shared/model';
import { freshDatabase } from '../test-database';
import { importOriginal, importSeedWithQuantities } from './claims-fixtures';

const placesOf = (citations: readonly Citation[]) => new Set(citations.map(citationPlaceKey));
const citationsOf = (db: FootnoteDatabase, claimId: string) => db.citations.where('claimId').equals(claimId).toArray();

describe('splitClaim', () => {
  it('splits the seed’s [2][15] claim so each part keeps the citations it needs, copying one both need', async () => {
    const db = freshDatabase();
    const { claims, summaryId } = await importSeedWithQuantities(db);
    const core = claims[0]!;
    const [two, fifteen] = (await citationsOf(db, core.id)).sort((a, b) => a.locator.markerNumber! - b.locator.markerNumber!);
    const parts = await splitClaim(db, core.id, [
      { text: 'The US and Japan signed a framework agreement on rare earth supply', citationIds: [two!.id] },
      { text: "The agreement is unlikely to disrupt China's dominant position in the short term", citationIds: [two!.id, fifteen!.id] },
    ]);
    expect(parts.map((p) => p.id)[0]).toBe(core.id);
    expect(parts.map((p) => p.order)).toEqual([0, 1]);
    expect(parts[1]).toMatchObject({ originSourceId: summaryId, status: core.status, tags: core.tags });
    const first = await citationsOf(db, parts[0]!.id);
    const second = await citationsOf(db, parts[1]!.id);
    expect(first.map((c) => c.id)).toEqual([two!.id]);
    expect(second.map((c) => c.locator.markerNumber).sort((a, b) => a! - b!)).toEqual([2, 15]);
    expect(second.find((c) => c.locator.markerNumber === 2)?.id).not.toBe(two!.id);
    // Every other claim of the summary moved down one place, keeping reading order.
    const after = await db.claims.where('originSourceId').equals(summaryId).toArray();
    expect(after.map((c) => c.order).sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i));
    expect((await db.claims.get(claims[1]!.id))?.order).toBe(2);
    const [entry] = await db.history.where('[entity+entityId]').equals(['claim', core.id]).reverse().toArray();
    expect(entry).toMatchObject({ op: 'update', before: { citations: [expect.anything(), expect.anything()] } });
  });

  it('sends corrected figures to the part that still states them', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    const china = claims[4]!;
    await correctQuantity(db, china.id, 3, { period: '2024' });
    const citationIds = (await citationsOf(db, china.id)).map((c) => c.id);
    const [reserves, output] = await splitClaim(db, china.id, [
      { text: 'China holds approximately 44 million tons of reserves, 40% of the global total', citationIds },
      { text: "China produces 270,000 tons, which is 70% of the world's output", citationIds },
    ]);
    expect(reserves!.quantities.map((q) => q.text)).toEqual(['approximately 44 million tons', '40%']);
    expect(output!.quantities.find((q) => q.text === '70%')).toMatchObject({ period: '2024', corrected: ['period'] });
  });

  it('refuses a split that would lose a citation, and changes nothing', async () => {
    const db = freshDatabase();
    const { claims } = await importSeedWithQuantities(db);
    const core = claims[0]!;
    const [two] = await citationsOf(db, core.id);
    await expect(splitClaim(db, core.id, [{ text: 'a', citationIds: [two!.id] }, { text: 'b', citationIds: [] }])).rejects.toThrow(/Give every citation to at least one part/u);
    await expect(splitClaim(db, 'gone', [])).rejects.toThrow('That claim no longer exists.');
    expect(await db.claims.count()).toBe(10);
    expect(await citationsOf(db, core.id)).toHaveLength(2);
  });
});

describe('mergeClaims', () => {
  it('combines duplicates: citations de-duplicated, tags and notes joined, briefings re-pointed, nothing lost', async () => {
    const db = freshDatabase();
    const sourceId = await importOriginal(db, ['China produced 70% of world output.', 'Output grew.']);
    const keep = (await createClaim(db, { text: 'China produces 70% of world output', tags: ['Supply'], note: 'first' })).claim;
    const dup = (await createClaim(db, { text: "China's share of world output is 70%", tags: ['China'], note: 'second' })).claim;
    const dup2 = (await createClaim(db, { text: 'China produces 70% of world output', tags: ['supply'] })).claim;
    await addCitation(db, keep.id, { sourceId, locator: { paragraph: 1 }, stance: 'supports' });
    const same = await addCitation(db, dup.id, { sourceId, locator: { paragraph: 1 }, stance: 'supports' });
    const other = await addCitation(db, dup.id, { sourceId, locator: { paragraph: 2 }, stance: 'context' });
    const contra = await addCitation(db, dup2.id, { sourceId, locator: { paragraph: 1 }, stance: 'contradicts' });
    const briefing = await createBriefingFromClaims(db, { title: 'B', claimIds: [dup.id, keep.id, dup2.id] });

    const before = placesOf(await db.citations.toArray());
    const merged = await mergeClaims(db, keep.id, [dup.id, dup2.id]);
    expect(merged).toMatchObject({ id: keep.id, tags: ['Supply', 'China'], note: 'first\n\nsecond\n\nMerged claim: “China\'s share of world output is 70%”' });
    expect(await db.claims.count()).toBe(1);
    const citations = await citationsOf(db, keep.id);
    expect(citations).toHaveLength(3);
    expect(citations.map((c) => c.id)).toEqual(expect.arrayContaining([other.id, contra.id]));
    expect(citations.map((c) => c.id)).not.toContain(same.id);
    expect(placesOf(citations)).toEqual(before);
    const items = (await db.briefings.get(briefing.id))!.sections.flatMap((s) => s.items);
    expect(items.map((i) => (i.kind === 'claim' ? i.claimId : ''))).toEqual([keep.id]);
    const [entry] = await db.history.where('[entity+entityId]').equals(['claim', keep.id]).reverse().toArray();
    expect(entry).toMatchObject({ before: { claims: [{ id: keep.id }, { id: dup.id }, { id: dup2.id }] }, after: { duplicates: [{ id: same.id }] } });
  });

  it('refuses to merge a claim into itself, nothing, or claims that are gone', async () => {
    const db = freshDatabase();
    const { claim } = await createClaim(db, { text: 'One' });
    await expect(mergeClaims(db, claim.id, [])).rejects.toThrow('Choose at least one claim to merge');
    await expect(mergeClaims(db, claim.id, [claim.id])).rejects.toThrow('cannot be merged into itself');
    await expect(mergeClaims(db, claim.id, ['gone'])).rejects.toThrow('no longer exist');
  });

  it('never loses a citation’s source and place, merging then splitting any way (property)', async () => {
    const db = freshDatabase();
    const sourceIds = [await importOriginal(db, ['A one.', 'A two.', 'A three.']), await importOriginal(db, ['B one.', 'B two.', 'B three.'])];
    const citationSpec = fc.record({ source: fc.integer({ min: 0, max: 1 }), paragraph: fc.integer({ min: 1, max: 3 }), stance: fc.constantFrom('supports' as const, 'contradicts' as const, 'context' as const) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(citationSpec, { maxLength: 4 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 12, maxLength: 12 }),
        async (claimSpecs, assignment) => {
          await db.claims.clear();
          await db.citations.clear();
          const ids: string[] = [];
          for (const [i, specs] of claimSpecs.entries()) {
            const { claim } = await createClaim(db, { text: `Claim ${i}` });
            ids.push(claim.id);
            for (const spec of specs) {
              await addCitation(db, claim.id, { sourceId: sourceIds[spec.source]!, locator: { paragraph: spec.paragraph }, stance: spec.stance }).catch(() => undefined);
            }
          }
          const before = placesOf(await db.citations.toArray());
          const [keepId, ...rest] = ids;
          await mergeClaims(db, keepId!, rest);
          const merged = await citationsOf(db, keepId!);
          expect(placesOf(merged)).toEqual(before);
          // Split into three parts by the assignment; a part left without citations gets the first one.
          const parts = [0, 1, 2].map((p) => ({ text: `Part ${p}`, citationIds: merged.filter((_, i) => (assignment[i % assignment.length] ?? 0) === p).map((c) => c.id) }));
          if (merged[0]) for (const part of parts) if (part.citationIds.length === 0) part.citationIds.push(merged[0].id);
          await splitClaim(db, keepId!, parts);
          expect(placesOf(await db.citations.toArray())).toEqual(before);
        },
      ),
      { numRuns: 25 },
    );
  });
});
