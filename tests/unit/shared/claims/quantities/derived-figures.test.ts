import { describe, expect, it } from 'vitest';
import { deriveTotals } from '../../../../../shared/claims/quantities/derived-figures';
import { extractQuantities } from '../../../../../shared/claims/quantities/extract-quantities';
import type { ClaimQuantities } from '../../../../../shared/claims/quantities/quantity';

const claim = (claimId: string, sourceIds: string[], text: string): ClaimQuantities => ({ claimId, sourceIds, quantities: extractQuantities(text) });

const SEED_CLAIM =
  "China holds a dominant position in the global rare earth industry, with approximately 44 million tons of reserves, accounting for 40% of the global total, and producing 270,000 tons, which is 70% of the world's output";

describe('deriveTotals', () => {
  it('derives world reserves and world output from the seed claim', () => {
    const derived = deriveTotals([claim('seed-5', ['seed'], SEED_CLAIM)]);
    expect(derived.map((d) => [d.subject, d.measure, d.unit, d.basis, d.share.quantityIndex, d.amount.quantityIndex])).toEqual([
      ['World', 'reserves', 't', 'same-claim', 1, 0],
      ['World', 'output', 't', 'same-claim', 3, 2],
    ]);
    expect(derived[0]?.value).toBe(110_000_000);
    expect(derived[1]?.value).toBeCloseTo(385_714.2857, 3);
    expect(derived.every((d) => d.comparisons.length === 0 && !d.disagrees)).toBe(true);
  });

  it('derives from a share and an amount in two claims of the same source, but not of different sources', () => {
    const sameSource = deriveTotals([
      claim('a', ['seed'], 'China holds 44 million tons of rare earth reserves'),
      claim('b', ['seed', 'usgs'], 'China holds 40% of global reserves'),
    ]);
    expect(sameSource.map((d) => [d.basis, d.value])).toEqual([['same-source', 110_000_000]]);
    expect(
      deriveTotals([
        claim('a', ['seed'], 'China holds 44 million tons of rare earth reserves'),
        claim('b', ['usgs'], 'China holds 40% of global reserves'),
      ]),
    ).toEqual([]);
  });

  it('flags a derived total that disagrees with a stated one, and keeps the ones that agree', () => {
    const derived = deriveTotals([
      claim('seed-5', ['seed'], SEED_CLAIM),
      claim('usgs-1', ['usgs'], 'Global rare earth reserves total 130 million tons'),
      claim('usgs-2', ['usgs'], 'World output was about 390,000 tons'),
    ]);
    const [reserves, output] = derived;
    expect(reserves?.disagrees).toBe(true);
    expect(reserves?.comparisons.map((c) => [c.stated.claimId, c.verdict])).toEqual([['usgs-1', 'conflict']]);
    expect(reserves?.comparisons[0]?.relativeDifference).toBeCloseTo(20 / 130, 10);
    expect(output?.disagrees).toBe(false);
    expect(output?.comparisons.map((c) => [c.stated.claimId, c.verdict])).toEqual([['usgs-2', 'agree']]);
  });

  it('reads the Chinese seed claim to the same totals', () => {
    const derived = deriveTotals([claim('zh', ['s'], '中国稀土储量约4400万吨，占全球总量的40%，产量27万吨，占世界产量的70%。')]);
    expect(derived.map((d) => [d.measure, Math.round(d.value)])).toEqual([['reserves', 110_000_000], ['output', 385_714]]);
  });

  it('carries ranges through and needs the same subject, measure and a world whole', () => {
    const [ranged] = deriveTotals([claim('a', ['s'], 'China holds 44 million tons of reserves, 40-44% of global reserves')]);
    expect([ranged?.value, ranged?.high]).toEqual([100_000_000, 110_000_000]);
    expect(deriveTotals([claim('a', ['s'], 'China holds 44 million tons of reserves, and Japan 40% of global reserves')])).toEqual([]);
    expect(deriveTotals([claim('a', ['s'], 'China holds 44 million tons of reserves and 40% of global output')])).toEqual([]);
    expect(deriveTotals([claim('a', ['s'], 'China holds 44 million tons of reserves, 40% of all reserves')])).toEqual([]);
    expect(deriveTotals([claim('a', ['s'], 'China holds 44 million tons of reserves, over 40% of global reserves')])).toEqual([]);
  });
});
