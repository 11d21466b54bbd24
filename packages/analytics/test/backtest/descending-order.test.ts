import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendingOrder } from '../../src/backtest/descending-order.ts';

const byComparator = (values: number[]) =>
  Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => values[b]! - values[a]! || a - b,
  );

describe('descendingOrder', () => {
  it('orders as the comparator sort does: highest first, ties in index order', () => {
    // Few distinct values, so that ties are common; −0 and 0 are equal.
    const value = fc.oneof(
      fc.constantFrom(0, -0, 1, 2.5, -3, 1e-300, 7e10),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), (values) => {
        expect([...descendingOrder(values)]).toEqual(byComparator(values));
      }),
      { numRuns: 500 },
    );
  });

  it('takes the comparator sort when a value is not finite', () => {
    const values = [1, Number.NaN, 3, Number.POSITIVE_INFINITY, 3];
    expect([...descendingOrder(values)]).toEqual(byComparator(values));
  });
});
