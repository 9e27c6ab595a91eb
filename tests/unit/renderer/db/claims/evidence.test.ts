import { describe, expect, it } from 'vitest';
import { addCitation } from '../../../../../renderer/src/db/citation-operations';
import { bulkSetStatus, createClaim } from '../../../../../renderer/src/db/claim-operations';
import type { FootnoteDatabase } from '../../../../../renderer/src/db/database';
import { claimsCitingSource, findConflicts, listClaimsTable, loadClaimEvidence, loadClaimSourceMatrix } from '../../../../../renderer/src/db/evidence';
import { updateSetting } from '../../../../../renderer/src/db/settings';
import { freshDatabase } from '../test-database';
import { importOriginal, importSeedWithQuantities, selectWords } from './claims-fixtures';

// The scenario: the seed summary says China produces 70% of the world's output [8]; a second source says 60%.
async function seedWithSecondSource(db: FootnoteDatabase) {
  const seed = await importSeedWithQuantities(db);
  const usgsId = await importOriginal(db, ['Mine production grew again.', 'China accounted for 60% of global rare earth output in the year.'], { title: 'USGS summary' });
  const words = 'China accounted for 60% of global rare earth output';
  const { claim, citation } = await createClaim(db, { text: words, citation: { sourceId: usgsId, selectors: await selectWords(db, usgsId, words) } });
  return { ...seed, usgsId, usgsClaim: claim, usgsCitation: citation!, china: seed.claims[4]! };
}

describe('findConflicts', () => {
  it('flags the second source’s 60% against the seed’s 70%, with both claims and their citations', async () => {
    const db = freshDatabase();
    const { china, usgsClaim, usgsCitation, summaryId, usgsId } = await seedWithSecondSource(db);
    const conflicts = await findConflicts(db);
    expect(conflicts).toHaveLength(1);
    const [view] = conflicts;
    const sides = [view!.a, view!.b].sort((x) => (x.claim.id === china.id ? -1 : 1));
    expect(sides[0]).toMatchObject({ claim: { id: china.id }, quantityIndex: 3, sources: [{ id: summaryId }] });
    expect(sides[0]!.citations.map((c) => c.locator.marker)).toEqual(['[8]']);
    expect(sides[1]).toMatchObject({ claim: { id: usgsClaim.id }, citations: [{ id: usgsCitation.id }], sources: [{ id: usgsId }] });
    expect(view!.conflict).toMatchObject({ subject: 'China', unit: '%' });
    expect(view!.conflict.relativeDifference).toBeCloseTo(1 / 7, 10);
  });

  it('takes the tolerance from the setting or the caller, and leaves retracted claims out', async () => {
    const db = freshDatabase();
    const { usgsClaim } = await seedWithSecondSource(db);
    expect(await findConflicts(db, 20)).toEqual([]);
    await updateSetting(db, 'conflictTolerancePercent', 20);
    expect(await findConflicts(db)).toEqual([]);
    expect(await findConflicts(db, 5)).toHaveLength(1);
    await expect(findConflicts(db, -1)).rejects.toThrow('between 0 and 100');
    await bulkSetStatus(db, [usgsClaim.id], 'retracted');
    expect(await findConflicts(db, 5)).toEqual([]);
  });
});

describe('loadClaimEvidence', () => {
  it('shows a claim’s citations by stance with passages and sources, its figures, derived totals and conflicts', async () => {
    const db = freshDatabase();
    const { china, usgsClaim, usgsId, summaryId } = await seedWithSecondSource(db);
    await addCitation(db, china.id, { sourceId: usgsId, locator: { paragraph: 2 }, stance: 'contradicts' });
    const evidence = await loadClaimEvidence(db, china.id);
    expect(evidence).not.toBeNull();
    const { citations, flags, quantities, derivedTotals, conflicts, tolerancePercent } = evidence!;
    expect(tolerancePercent).toBe(5);
    expect(flags).toMatchObject({ unsupported: true, disputed: true, summaryOnly: true, singleSource: true });
    expect(citations.supports).toHaveLength(1);
    expect(citations.supports[0]).toMatchObject({ recordedIn: { id: summaryId }, cited: { id: summaryId }, passage: { kind: 'text', where: 'summary' } });
    expect(citations.contradicts[0]?.passage).toMatchObject({ kind: 'text', where: 'original', paragraph: 2, context: 'China accounted for 60% of global rare earth output in the year.' });
    expect(citations.context).toEqual([]);
    expect(quantities.map((q) => q.text)).toEqual(['approximately 44 million tons', '40%', '270,000 tons', '70%']);
    // 44 Mt at 40% implies ~110 Mt of world reserves; 270,000 t at 70% implies ~386,000 t of world output.
    expect(derivedTotals.map((d) => [d.measure, Math.round(d.value)])).toEqual([
      ['reserves', 110_000_000],
      ['output', 385_714],
    ]);
    // The claim cites the second source as contradicting it, so their figures are still from different sources.
    expect(conflicts.map((c) => [c.a.claim.id, c.b.claim.id].sort())).toEqual([[china.id, usgsClaim.id].sort()]);
    expect(await loadClaimEvidence(db, 'gone')).toBeNull();
  });

  it('flags a derived total that disagrees with a stated one from another claim of the same source', async () => {
    const db = freshDatabase();
    const sourceId = await importOriginal(db, ['China holds 44 million tons of reserves, 40% of global reserves.', 'Global reserves total 90 million tons.']);
    const first = await createClaim(db, { text: 'China holds 44 million tons of reserves, 40% of global reserves', citation: { sourceId, selectors: await selectWords(db, sourceId, 'China holds 44 million tons') } });
    await createClaim(db, { text: 'Global reserves total 90 million tons', citation: { sourceId, selectors: await selectWords(db, sourceId, 'Global reserves total 90 million tons') } });
    const evidence = await loadClaimEvidence(db, first.claim.id);
    expect(evidence?.derivedTotals).toHaveLength(1);
    expect(evidence?.derivedTotals[0]).toMatchObject({ value: 110_000_000, disagrees: true, comparisons: [{ verdict: 'conflict' }] });
  });
});

describe('listClaimsTable', () => {
  it('gives one row per claim with flags, sources, figures and conflicts, filtered and sorted', async () => {
    const db = freshDatabase();
    const { china, usgsClaim, usgsId, summaryId } = await seedWithSecondSource(db);
    const all = await listClaimsTable(db);
    expect(all).toHaveLength(11);
    const chinaRow = all.find((r) => r.claim.id === china.id)!;
    expect(chinaRow).toMatchObject({ citationCount: 1, sourceIds: [summaryId], subjects: ['China'], conflictCount: 1 });
    expect(chinaRow.flags).toMatchObject({ summaryOnly: true, unsupported: true });
    expect((await listClaimsTable(db, { sourceId: usgsId })).map((r) => r.claim.id)).toEqual([usgsClaim.id]);
    expect((await listClaimsTable(db, { subject: '中国', measure: 'share of global production' })).map((r) => r.claim.id).sort()).toEqual([china.id, usgsClaim.id].sort());
    expect((await listClaimsTable(db, { flag: 'unsupported' })).length).toBe(10);
    expect((await listClaimsTable(db, { conflicted: true }, { by: 'text', direction: 'asc' })).map((r) => r.claim.id)).toEqual([usgsClaim.id, china.id]);
  });
});

describe('loadClaimSourceMatrix and claimsCitingSource', () => {
  it('lays claims against sources, and lists the claims citing a source', async () => {
    const db = freshDatabase();
    const { china, usgsClaim, usgsId, summaryId } = await seedWithSecondSource(db);
    const contra = await addCitation(db, china.id, { sourceId: usgsId, locator: { paragraph: 2 }, stance: 'contradicts' });
    const matrix = await loadClaimSourceMatrix(db);
    expect(matrix.sources.map((s) => s.id)).toEqual([summaryId, usgsId]);
    expect(matrix.rows).toHaveLength(11);
    const chinaRow = matrix.rows.find((r) => r.claim.id === china.id)!;
    expect(chinaRow.cells[usgsId]).toEqual({ stance: 'contradicts', supports: [], contradicts: [contra.id], context: [] });
    expect(chinaRow.cells[summaryId]?.stance).toBe('supports');
    expect(chinaRow.flags).toMatchObject({ singleSource: true, summaryOnly: true, disputed: true });
    expect(matrix.rows.find((r) => r.claim.id === usgsClaim.id)?.flags).toMatchObject({ singleSource: true, summaryOnly: false, unsupported: false });

    const citing = await claimsCitingSource(db, usgsId);
    expect(citing.map((c) => c.claim.id).sort()).toEqual([china.id, usgsClaim.id].sort());
    expect(citing.find((c) => c.claim.id === china.id)?.citations.map((c) => c.id)).toEqual([contra.id]);
    expect(await claimsCitingSource(db, summaryId)).toHaveLength(10);
  });
});
