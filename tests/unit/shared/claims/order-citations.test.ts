import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderCitations } from '../../../../shared/claims/order-citations';
import type { Citation } from '../../../../shared/model';

const cite = (id: string, markerNumber?: number, paragraph?: number): Citation => ({
  id,
  claimId: 'c',
  sourceId: 's',
  locator: { markerNumber, paragraph },
  stance: 'supports',
  resolved: false,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('orderCitations', () => {
  it('puts [2] before [15] whatever order they were stored in', () => {
    expect(orderCitations([cite('z', 15), cite('a', 2)]).map((c) => c.locator.markerNumber)).toEqual([2, 15]);
  });

  it('is a stable total order: the result does not depend on the input order', () => {
    const arb = fc.array(fc.record({ id: fc.uuid(), n: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }) }), { maxLength: 12 });
    fc.assert(
      fc.property(arb, (items) => {
        const citations = items.map((i) => cite(i.id, i.n));
        const a = orderCitations(citations).map((c) => c.id);
        const b = orderCitations([...citations].reverse()).map((c) => c.id);
        expect(a).toEqual(b);
      }),
    );
  });
});
