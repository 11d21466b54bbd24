import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { midRanks } from '../../src/rfm/index.ts';

/** The definition, counted directly: values strictly below, plus half the other equal values. */
function midRanksByCounting(values: readonly number[]): number[] {
  return values.map((v) => {
    const below = values.filter((w) => w < v).length;
    const equalOthers = values.filter((w) => w === v).length - 1;
    return below + equalOthers / 2;
  });
}

describe('midRanks', () => {
  it('is the count of values below plus half the other equal ones, ties and signed zeros included', () => {
    const value = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom(0, -0, 0.5, 1e21, -1e-7),
      fc.double({ noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), (values) => {
        expect(midRanks(values)).toEqual(midRanksByCounting(values));
      }),
    );
  });

  it('packs integers (days, counts, cents) with their index and gives the same ranks', () => {
    const integer = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer(), fc.constant(-0));
    fc.assert(
      fc.property(fc.array(integer, { maxLength: 80 }), (values) => {
        expect(midRanks(values)).toEqual(midRanksByCounting(values));
      }),
    );
  });

  it('counts integers spanning few values (purchase counts, days) and gives the same ranks', () => {
    // Spans within 4 values per value are counted; wider ones, offset far from 0, are sorted.
    const narrow = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 80 });
    const offset = fc.integer({ min: -(2 ** 30), max: 2 ** 30 });
    fc.assert(
      fc.property(narrow, offset, (values, by) => {
        const shifted = values.map((v) => v + by);
        expect(midRanks(shifted)).toEqual(midRanksByCounting(shifted));
        const spread = values.map((v) => v * 1000 + by);
        expect(midRanks(spread)).toEqual(midRanksByCounting(spread));
      }),
    );
  });

  it('keeps the comparison sort for a list with NaN (no order to count by)', () => {
    expect(midRanks([3, Number.NaN, 1]).length).toBe(3);
    expect(midRanks([2, 1, 2])).toEqual([1.5, 0, 1.5]);
  });
});
