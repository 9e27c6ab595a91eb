import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctQuantityFields, distributeCorrections, keepCorrections, quantitiesForClaim } from '../../../../../shared/claims/edit/claim-quantities';
import { QuantitySchema } from '../../../../../shared/model';

const SEED_CLAIM =
  "China holds a dominant position in the global rare earth industry, with approximately 44 million tons of reserves, accounting for 40% of the global total, and producing 270,000 tons, which is 70% of the world's output";

describe('quantitiesForClaim', () => {
  it('stores the seed claim’s four figures as plain, valid Quantity records', () => {
    const quantities = quantitiesForClaim(SEED_CLAIM);
    expect(quantities.map((q) => q.text)).toEqual(['approximately 44 million tons', '40%', '270,000 tons', '70%']);
    for (const q of quantities) expect(QuantitySchema.parse(q)).toEqual(q);
  });
});

describe('correctQuantityFields', () => {
  const [, , , share] = quantitiesForClaim(SEED_CLAIM);

  it('marks the fields it changes, keeps earlier marks, and re-normalizes a new value or unit', () => {
    const once = correctQuantityFields(share!, { subject: 'People’s Republic of China' });
    expect(once).toMatchObject({ subject: 'People’s Republic of China', corrected: ['subject'], normalized: { value: 70, unit: '%' } });
    const twice = correctQuantityFields(once, { value: 65, period: '2024' });
    expect(twice).toMatchObject({ value: 65, period: '2024', corrected: ['subject', 'value', 'period'], normalized: { value: 65, unit: '%' } });
    const tons = correctQuantityFields(twice, { unit: 'million tons' });
    expect(tons.normalized).toEqual({ value: 65_000_000, unit: 't' });
  });

  it('clears an optional field given null, and counts that as a correction', () => {
    const cleared = correctQuantityFields(share!, { subject: null });
    expect(cleared.subject).toBeUndefined();
    expect(cleared.corrected).toEqual(['subject']);
  });

  it('refuses bad values with a message', () => {
    expect(() => correctQuantityFields(share!, {})).toThrow('Nothing to correct');
    expect(() => correctQuantityFields(share!, { value: Number.NaN })).toThrow('The value must be a number.');
    expect(() => correctQuantityFields(share!, { high: 10 })).toThrow('upper end of a range cannot be below');
  });
});

describe('keepCorrections', () => {
  const before = quantitiesForClaim(SEED_CLAIM);
  const corrected = before.map((q, i) => (i === 3 ? correctQuantityFields(q, { measure: 'share of world production', period: '2024' }) : q));

  it('carries a correction to the mention with the same words after an edit elsewhere in the text', () => {
    const text = `In 2024, ${SEED_CLAIM}`;
    const after = keepCorrections(corrected, quantitiesForClaim(text));
    const share = after.find((q) => q.text === '70%');
    expect(share).toMatchObject({ measure: 'share of world production', period: '2024', corrected: ['measure', 'period'] });
    expect(text.slice(share!.start, share!.end)).toBe('70%');
  });

  it('carries a correction to the same place in the list when the figure itself was rewritten', () => {
    const after = keepCorrections(corrected, quantitiesForClaim(SEED_CLAIM.replace('70%', '68%')));
    expect(after[3]).toMatchObject({ value: 68, measure: 'share of world production', corrected: ['measure', 'period'] });
  });

  it('keeps a correction whose mention is gone, detached from the text', () => {
    const after = keepCorrections(corrected, quantitiesForClaim('China holds a dominant position'));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ value: 70, measure: 'share of world production' });
    expect(after[0]!.start).toBeUndefined();
  });

  it('never loses a corrected field, whatever the new text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const after = keepCorrections(corrected, quantitiesForClaim(text));
        expect(after.some((q) => q.measure === 'share of world production' && q.period === '2024')).toBe(true);
      }),
    );
  });
});

describe('distributeCorrections', () => {
  it('gives each correction to the part that still says it, and the rest to the first part', () => {
    const quantities = quantitiesForClaim(SEED_CLAIM).map((q) => (q.text === '70%' || q.text === '40%' ? correctQuantityFields(q, { period: '2023' }) : q));
    const parts = [quantitiesForClaim('China holds approximately 44 million tons of reserves'), quantitiesForClaim("China produces 270,000 tons, which is 70% of the world's output")];
    const [first, second] = distributeCorrections(quantities, parts);
    expect(second!.find((q) => q.text === '70%')?.period).toBe('2023');
    expect(first!.at(-1)).toMatchObject({ value: 40, period: '2023' });
    expect(first!.at(-1)?.start).toBeUndefined();
  });
});
