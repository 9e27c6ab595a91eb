import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareQuantities, relativeGap } from '../../../../../shared/claims/quantities/compare-quantities';
import { findQuantityConflicts } from '../../../../../shared/claims/quantities/conflicts';
import { extractQuantities } from '../../../../../shared/claims/quantities/extract-quantities';
import type { ClaimQuantities, ComparableQuantity } from '../../../../../shared/claims/quantities/quantity';

const claim = (claimId: string, sourceIds: string[], text: string): ClaimQuantities => ({ claimId, sourceIds, quantities: extractQuantities(text) });
const share = (value: number, extra: Partial<ComparableQuantity> = {}): ComparableQuantity => ({
  subject: 'China', measure: 'share of world output', value, unit: '%', approx: false, ...extra,
});

const SEED_CLAIM =
  "China holds a dominant position in the global rare earth industry, with approximately 44 million tons of reserves, accounting for 40% of the global total, and producing 270,000 tons, which is 70% of the world's output";

describe('findQuantityConflicts', () => {
  it("flags the issue's example: the seed gives China 70% of world output, a second source 60%", () => {
    const conflicts = findQuantityConflicts([
      claim('seed-5', ['seed'], SEED_CLAIM),
      claim('other-1', ['usgs'], 'China accounted for 60% of global rare earth output in the year'),
    ]);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict).toMatchObject({
      subject: 'China',
      unit: '%',
      a: { claimId: 'other-1', sourceIds: ['usgs'], quantityIndex: 0, quantity: { value: 60 } },
      b: { claimId: 'seed-5', sourceIds: ['seed'], quantityIndex: 3, quantity: { value: 70 } },
    });
    expect(conflict?.relativeDifference).toBeCloseTo(10 / 70, 10);
  });

  it('matches a Chinese source against an English one', () => {
    const conflicts = findQuantityConflicts([
      claim('seed-5', ['seed'], SEED_CLAIM),
      claim('zh-1', ['xinhua'], '中国稀土产量占世界产量的60%'),
    ]);
    expect(conflicts.map((c) => [c.a.claimId, c.b.claimId])).toEqual([['seed-5', 'zh-1']]);
  });

  it('treats output and production as one measure, and compares in canonical units', () => {
    const conflicts = findQuantityConflicts([
      claim('a', ['s1'], 'China produced 270,000 tons'),
      claim('b', ['s2'], "China's output was 240 kt"),
      claim('c', ['s3'], '中国稀土产量27万吨'),
    ]);
    expect(conflicts.map((c) => [c.a.claimId, c.b.claimId])).toEqual([['a', 'b'], ['b', 'c']]);
  });

  it('leaves figures within the tolerance alone, and takes the tolerance as a parameter', () => {
    const claims = [
      { claimId: 'a', sourceIds: ['s1'], quantities: [share(70)] },
      { claimId: 'b', sourceIds: ['s2'], quantities: [share(67)] },
    ];
    expect(findQuantityConflicts(claims)).toEqual([]);
    expect(findQuantityConflicts(claims, { relativeTolerance: 0.01 })).toHaveLength(1);
    expect(() => findQuantityConflicts(claims, { relativeTolerance: -1 })).toThrow(RangeError);
    expect(() => findQuantityConflicts(claims, { relativeTolerance: Number.NaN })).toThrow(RangeError);
  });

  it('does not flag overlapping ranges, or a bound the other figure meets', () => {
    const pairs: [ComparableQuantity, ComparableQuantity, boolean][] = [
      [share(10, { high: 12 }), share(11), false],
      [share(10, { high: 12 }), share(12, { high: 15 }), false],
      [share(10, { high: 12 }), share(20), true],
      [share(90, { bound: 'over' }), share(95), false],
      [share(90, { bound: 'over' }), share(85), true],
      [share(90, { bound: 'over' }), share(88), false],
      [share(10, { bound: 'under' }), share(5), false],
      [share(10, { bound: 'under' }), share(20), true],
      [share(90, { bound: 'over' }), share(10, { bound: 'under' }), true],
      [share(10, { bound: 'under' }), share(20, { bound: 'under' }), false],
    ];
    for (const [a, b, conflict] of pairs) {
      const found = findQuantityConflicts([
        { claimId: 'a', sourceIds: ['s1'], quantities: [a] },
        { claimId: 'b', sourceIds: ['s2'], quantities: [b] },
      ]);
      expect(found.length > 0, JSON.stringify([a, b])).toBe(conflict);
    }
  });

  it('compares only the same subject, measure, unit and period, from claims that share no source', () => {
    const base = { claimId: 'a', sourceIds: ['s1'], quantities: [share(70)] };
    const against = (quantity: ComparableQuantity, sourceIds = ['s2']) =>
      findQuantityConflicts([base, { claimId: 'b', sourceIds, quantities: [quantity] }]).length;
    expect(against(share(50))).toBe(1);
    expect(against(share(50, { subject: 'U.S.' }))).toBe(0);
    expect(against(share(50, { subject: '中国' }))).toBe(1);
    expect(against(share(50, { measure: 'share of world refining' }))).toBe(0);
    expect(against(share(50, { measure: 'Share of the global production' }))).toBe(1);
    expect(against(share(50, { unit: 'percentage points' }))).toBe(0);
    expect(against(share(50, { period: '2024' }))).toBe(1);
    expect(against(share(50), ['s1'])).toBe(0);
    expect(against(share(50), ['s2', 's1'])).toBe(0);
    expect(against(share(50), [])).toBe(0);
    expect(against({ ...share(50), subject: undefined })).toBe(0);
    expect(
      findQuantityConflicts([
        { claimId: 'a', sourceIds: ['s1'], quantities: [share(70, { period: '2023' })] },
        { claimId: 'b', sourceIds: ['s2'], quantities: [share(50, { period: 'in 2024' })] },
      ]),
    ).toEqual([]);
  });

  it('never compares dates, and never a claim with itself', () => {
    expect(findQuantityConflicts([claim('a', ['s1'], 'The US plans a supply chain by 2027'), claim('b', ['s2'], 'The US plans a supply chain by 2035')])).toEqual([]);
    expect(findQuantityConflicts([{ claimId: 'a', sourceIds: ['s1'], quantities: [share(70), share(50)] }])).toEqual([]);
  });
});

const quantityArbitrary: fc.Arbitrary<ComparableQuantity> = fc
  .record({
    subject: fc.constantFrom('China', 'US', 'china'),
    measure: fc.constantFrom('share of world output', 'share of global production', 'reserves'),
    value: fc.double({ min: 0, max: 200, noNaN: true }),
    width: fc.option(fc.double({ min: 0.001, max: 50, noNaN: true }), { nil: undefined }),
    unit: fc.constantFrom('%', 't', 'million tons'),
    bound: fc.option(fc.constantFrom('over' as const, 'under' as const), { nil: undefined }),
    period: fc.option(fc.constantFrom('2023', '2024'), { nil: undefined }),
  })
  .map(({ width, bound, period, ...q }) => ({
    ...q,
    approx: false,
    ...(width === undefined ? {} : { high: q.value + width }),
    ...(bound === undefined ? {} : { bound }),
    ...(period === undefined ? {} : { period }),
  }));

const claimsArbitrary = fc.array(
  fc.record({
    sourceIds: fc.subarray(['s1', 's2', 's3'], { minLength: 1 }),
    quantities: fc.array(quantityArbitrary, { maxLength: 3 }),
  }),
  { maxLength: 6 },
).map((claims) => claims.map((c, i) => ({ claimId: `c${i}`, ...c })));

describe('conflict detection properties', () => {
  it('compares symmetrically', () => {
    fc.assert(
      fc.property(quantityArbitrary, quantityArbitrary, fc.double({ min: 0, max: 0.5, noNaN: true }), (a, b, tolerance) => {
        expect(compareQuantities(a, b, tolerance)).toEqual(compareQuantities(b, a, tolerance));
      }),
    );
  });

  it('finds the same conflicts whatever the order of the claims', () => {
    fc.assert(
      fc.property(claimsArbitrary, fc.integer(), (claims, seed) => {
        const shuffled = [...claims].sort((x, y) => ((hash(x.claimId, seed) - hash(y.claimId, seed)) | 0));
        expect(findQuantityConflicts(shuffled)).toEqual(findQuantityConflicts(claims));
        expect(findQuantityConflicts([...claims].reverse())).toEqual(findQuantityConflicts(claims));
      }),
    );
  });

  it('measures the gap between two intervals symmetrically and never negatively', () => {
    const interval = fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }))
      .map(([low, width]) => ({ unit: 't', low, high: low + width }));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(relativeGap(a, b)).toBe(relativeGap(b, a));
        expect(relativeGap(a, b)).toBeGreaterThanOrEqual(0);
        expect(relativeGap(a, a)).toBe(0);
      }),
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h;
}
