import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CallBackInput,
  customersToCallBack,
  RFM_SEGMENT_LABELS,
  type RfmSegment,
} from '../../src/index.ts';

/** Customers as rows, turned into the rule's columns. */
function columns(
  rows: { x: number; value: number; segment: RfmSegment | null; pAlive?: number }[],
  model: 'fitted' | 'none' | 'no-dropout' = 'fitted',
): CallBackInput {
  return {
    frequency: rows.map((r) => r.x),
    value: rows.map((r) => r.value),
    segment: rows.map((r) => r.segment),
    pAlive: model === 'none' ? null : rows.map((r) => r.pAlive ?? 1),
    noDropout: model === 'no-dropout',
  };
}

const shop = [
  { x: 4, value: 300, segment: 'atRisk', pAlive: 0.2 }, // 0: model: leaving
  { x: 2, value: 900, segment: 'loyal', pAlive: 0.45 }, // 1: model: leaving, most revenue
  { x: 0, value: 700, segment: 'lost', pAlive: 0.1 }, // 2: one visit: never on the model's list
  { x: 5, value: 800, segment: 'cantLoseThem', pAlive: 0.5 }, // 3: exactly at the threshold: stays
  { x: 1, value: 50, segment: 'hibernating', pAlive: 0.05 }, // 4: model: leaving, least revenue
  { x: 0, value: 0, segment: null, pAlive: Number.NaN }, // 5: no purchase
] satisfies Parameters<typeof columns>[0];

describe('customersToCallBack: the one rule for "slipping away"', () => {
  it('with a model that sees departures: repeat customers under 50 %, by past revenue', () => {
    const list = customersToCallBack(columns(shop));
    expect(list).toEqual({
      view: 'model',
      basis: 'model',
      total: 3,
      customers: [
        { index: 1, reason: 'p-alive' },
        { index: 0, reason: 'p-alive' },
        { index: 4, reason: 'p-alive' },
      ],
    });
  });

  it('keeps the top customers but counts them all', () => {
    const list = customersToCallBack(columns(shop), { top: 2 });
    expect(list.total).toBe(3);
    expect(list.customers.map((c) => c.index)).toEqual([1, 0]);
  });

  it('takes the shop’s threshold', () => {
    const list = customersToCallBack(columns(shop), { threshold: 0.3 });
    expect(list.customers.map((c) => c.index)).toEqual([0, 4]);
  });

  it('falls back to "can’t lose them" and "at risk" at the no-dropout boundary, saying so', () => {
    const list = customersToCallBack(columns(shop, 'no-dropout'));
    expect(list).toEqual({
      view: 'rfm',
      basis: 'no-dropout',
      total: 2,
      customers: [
        { index: 3, reason: 'cantLoseThem' },
        { index: 0, reason: 'atRisk' },
      ],
    });
  });

  it('falls back to the RFM when the model puts nobody under the threshold', () => {
    const everyoneHere = shop.map((c) => ({ ...c, pAlive: 0.99 }));
    const list = customersToCallBack(columns(everyoneHere));
    expect(list.basis).toBe('nobody-leaving');
    expect(list.view).toBe('rfm');
    expect(list.customers.map((c) => c.index)).toEqual([3, 0]);
  });

  it('uses the RFM without a model', () => {
    const list = customersToCallBack(columns(shop, 'none'));
    expect(list.basis).toBe('no-model');
    expect(list.customers.map((c) => c.index)).toEqual([3, 0]);
  });

  it('breaks revenue ties by the customers’ order', () => {
    const tied = [
      { x: 1, value: 100, segment: 'atRisk' as const, pAlive: 0.1 },
      { x: 1, value: 100, segment: 'atRisk' as const, pAlive: 0.2 },
    ];
    expect(customersToCallBack(columns(tied)).customers.map((c) => c.index)).toEqual([0, 1]);
  });
});

const segmentArb = fc.constantFrom(null, ...(Object.keys(RFM_SEGMENT_LABELS) as RfmSegment[]));
const rowsArb = fc.array(
  fc.record({
    x: fc.integer({ min: 0, max: 20 }),
    value: fc.integer({ min: 0, max: 100_000 }),
    segment: segmentArb,
    pAlive: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  { maxLength: 40 },
);

describe('customersToCallBack properties', () => {
  it('lists exactly the customers its view selects, ranked by value, each once', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.constantFrom('fitted', 'none', 'no-dropout') as fc.Arbitrary<
          'fitted' | 'none' | 'no-dropout'
        >,
        (rows, model) => {
          const list = customersToCallBack(columns(rows, model));
          const byModel = rows.flatMap((r, i) => (r.x > 0 && r.pAlive < 0.5 ? [i] : []));
          const bySegment = rows.flatMap((r, i) =>
            r.segment === 'cantLoseThem' || r.segment === 'atRisk' ? [i] : [],
          );
          const expected = model === 'fitted' && byModel.length > 0 ? byModel : bySegment;
          expect(list.view).toBe(model === 'fitted' && byModel.length > 0 ? 'model' : 'rfm');
          expect(list.total).toBe(expected.length);
          expect(list.customers.map((c) => c.index).sort((a, b) => a - b)).toEqual(expected);
          for (let i = 1; i < list.customers.length; i++)
            expect(rows[list.customers[i - 1]!.index]!.value).toBeGreaterThanOrEqual(
              rows[list.customers[i]!.index]!.value,
            );
        },
      ),
    );
  });

  it('the top n are the first n of the whole list', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 0, max: 10 }), (rows, top) => {
        const all = customersToCallBack(columns(rows));
        const some = customersToCallBack(columns(rows), { top });
        expect(some.customers).toEqual(all.customers.slice(0, top));
        expect(some.total).toBe(all.total);
      }),
    );
  });
});
