import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyJson, NumberJsonCache } from '../../src/cli/analyze/json-text.ts';
import { money } from '../../src/cli/analyze/key-figures.ts';

/** What the document wrote before: V8's text of the amount in currency units. */
const stringified = (cents: number) => JSON.stringify(money(cents));

// Amounts at the edges: zero and -0, halves that round either way, one or two decimals with or
// without a trailing zero, the last amounts written digit by digit and the first ones past them,
// and what is no amount at all.
const EDGE_CENTS = [
  0,
  -0,
  0.4,
  -0.4,
  0.5,
  -0.5,
  0.5000000000000001,
  -0.5000000000000001,
  1,
  -1,
  5,
  -5,
  9,
  10,
  11,
  50,
  -50,
  99,
  -99,
  100,
  -100,
  101,
  110,
  -110,
  6880,
  6887,
  -6880,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32 + 7,
  1e15 - 1,
  -(1e15 - 1),
  1e15 - 10,
  1e15,
  -1e15,
  1e15 + 1,
  2 ** 53 - 1,
  2 ** 53,
  1e21,
  1e22,
  -1e23,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

describe('moneyJson', () => {
  it('writes the edge amounts as JSON.stringify(money(cents)) does', () => {
    for (const cents of EDGE_CENTS)
      expect(moneyJson(cents), String(cents)).toBe(stringified(cents));
  });

  it('writes any whole number of cents as JSON.stringify(money(cents)) does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (cents) => {
        expect(moneyJson(cents)).toBe(stringified(cents));
      }),
      { numRuns: 20_000 },
    );
    // Shop-sized amounts, where every case of one and two decimals is frequent.
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (cents) => {
        expect(moneyJson(cents)).toBe(stringified(cents));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes any double of cents (means, predictions) as JSON.stringify(money(cents)) does', () => {
    fc.assert(
      fc.property(fc.double(), (cents) => {
        expect(moneyJson(cents)).toBe(stringified(cents));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7 }), (cents) => {
        expect(moneyJson(cents)).toBe(stringified(cents));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('NumberJsonCache', () => {
  it('gives JSON.stringify(value) for every value, asked once or many times, in any order', () => {
    const values = fc.oneof(
      fc.integer({ min: -3000, max: 3000 }).map((days) => days / 7),
      fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1e-7),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.array(values, { maxLength: 200 }), (list) => {
        const cache = new NumberJsonCache();
        for (const value of [...list, ...list.toReversed()]) {
          expect(cache.text(value)).toBe(JSON.stringify(value));
        }
      }),
    );
  });

  it('writes 0 for -0 whichever of 0 and -0 it met first', () => {
    const cache = new NumberJsonCache();
    expect([cache.text(-0), cache.text(0), cache.text(-0)]).toEqual(['0', '0', '0']);
  });
});
