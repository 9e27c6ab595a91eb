import { describe, expectTypeOf, it } from 'vitest';
import type { Quantity } from '../../../../../shared/model';
import type { ComparableQuantity, ExtractedQuantity } from '../../../../../shared/claims/quantities/quantity';

// Checked by `tsc -p tsconfig.json`: an extracted quantity can be stored as a `Quantity` (it is a superset), and
// the cross-check rules accept stored quantities as they are.
describe('quantity types', () => {
  it('fit the stored model both ways', () => {
    expectTypeOf<ExtractedQuantity>().toExtend<Quantity>();
    expectTypeOf<Quantity>().toExtend<ComparableQuantity>();
    expectTypeOf<ExtractedQuantity>().toExtend<ComparableQuantity>();
  });
});
