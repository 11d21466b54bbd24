import { RFM_SEGMENT_LABELS } from '@habitue/analytics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerColumns, PredictionColumn } from '../../src/cli/analyze/customer-columns.ts';
import { customerEntries } from '../../src/cli/analyze/customer-reports.ts';
import { CUSTOMER_SEPARATOR, customersJson } from '../../src/cli/analyze/customers-json.ts';

const PREDICTION_COLUMNS: PredictionColumn[] = [
  'pAlive',
  'pAliveLow',
  'pAliveHigh',
  'expectedPurchases',
  'expectedPurchasesLow',
  'expectedPurchasesHigh',
  'expectedAvgSpendCents',
  'clvCents',
  'clvLowCents',
  'clvHighCents',
];
const SEGMENT_COUNT = Object.keys(RFM_SEGMENT_LABELS).length;

/** One customer of a list, as plain values, to be laid out as {@link CustomerColumns}. */
interface Customer {
  id: string;
  frequency: number;
  recency: number;
  T: number;
  cents: [number, number, number];
  days: [number, number];
  predictions: number[];
  rfm: [number, number, number, number];
}

function columnsOf(customers: Customer[], present: readonly PredictionColumn[]): CustomerColumns {
  const f64 = (f: (c: Customer) => number) => Float64Array.from(customers, f);
  const predictions: CustomerColumns['predictions'] = {};
  for (const key of present) {
    predictions[key] = f64((c) => c.predictions[PREDICTION_COLUMNS.indexOf(key)]!);
  }
  return {
    ids: customers.map((c) => c.id),
    frequency: Int32Array.from(customers, (c) => c.frequency),
    recency: f64((c) => c.recency),
    T: f64((c) => c.T),
    monetaryRepeatCents: f64((c) => c.cents[0]),
    monetaryAllCents: f64((c) => c.cents[1]),
    revenueCents: f64((c) => c.cents[2]),
    firstPurchaseDay: Int32Array.from(customers, (c) => c.days[0]),
    lastPurchaseDay: Int32Array.from(customers, (c) => c.days[1]),
    predictions,
    rfm: Uint8Array.from(customers.flatMap((c) => c.rfm)),
  };
}

/** The list as it was written before: each entry stringified, one per line. */
function stringified(columns: CustomerColumns, from: number, to: number): string {
  const entries = customerEntries(columns, from, to);
  return entries.map((entry) => JSON.stringify(entry)).join(CUSTOMER_SEPARATOR);
}

const written = (columns: CustomerColumns, from: number, to: number) =>
  [...customersJson(columns, from, to)].join('');

// Values that a shop's file and the models give, and the awkward ones around them.
const ODD = [0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, 5e-7];
const cents = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6 }),
  fc.constantFrom(...ODD, -0.4, 0.5, -0.5, 1e15, -1e15 + 1, 2 ** 53),
  fc.double(),
);
const time = fc.oneof(
  fc.integer({ min: 0, max: 1200 }).map((days) => days / 7),
  fc.constantFrom(...ODD),
  fc.double(),
);
const prediction = fc.oneof(fc.double({ min: 0, max: 50 }), fc.constantFrom(...ODD), fc.double());
const id = fc.oneof(
  fc.string(),
  // Any UTF-16 code units: quotes, backslashes, control characters, lone surrogates.
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 })
    .map((units) => String.fromCharCode(...units)),
  fc.constantFrom(
    'C000863',
    'a"b',
    'c\\d',
    'e\nf',
    '\u0000',
    '\u007f',
    'Ï',
    '😀',
    '\ud800',
    '\udc00x',
  ),
);
const customer: fc.Arbitrary<Customer> = fc.record({
  id,
  frequency: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer()),
  recency: time,
  T: time,
  cents: fc.tuple(cents, cents, cents),
  days: fc.tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 0, max: 30_000 })),
  predictions: fc.array(fc.oneof(prediction, cents), { minLength: 10, maxLength: 10 }),
  rfm: fc.tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 0, max: SEGMENT_COUNT }),
  ),
});
const presentColumns = fc.oneof(
  fc.constant(PREDICTION_COLUMNS), // both models
  fc.constant(PREDICTION_COLUMNS.slice(0, 6)), // no spend model: money columns null
  fc.constant([]), // no purchase model
  fc.subarray(PREDICTION_COLUMNS),
);

describe('customersJson', () => {
  it('writes each customer as JSON.stringify wrote its entry, whatever the values', () => {
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 30 }), presentColumns, (list, present) => {
        const columns = columnsOf(list, present);
        expect(written(columns, 0, list.length)).toBe(stringified(columns, 0, list.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the awkward customer the documented way', () => {
    const awkward: Customer = {
      id: 'a"b\\c\n\ud800',
      frequency: 0,
      recency: -0,
      T: 1 / 7,
      cents: [-0.4, -5, 6880],
      days: [19_000, 19_001],
      predictions: [Number.NaN, 0.1, 0.2, 3, Number.NaN, 4, -0, 12_345.5, 100, 1e15],
      rfm: [0, 0, 0, 0],
    };
    expect(written(columnsOf([awkward], PREDICTION_COLUMNS), 0, 1)).toBe(
      '{"id":"a\\"b\\\\c\\n\\ud800","frequency":0,"recency":0,"T":0.14285714285714285,' +
        '"monetary":0,"averageBasket":-0.05,"revenue":68.8,' +
        '"firstPurchase":"2022-01-08","lastPurchase":"2022-01-09",' +
        '"pAlive":null,"pAliveInterval":[0.1,0.2],"expectedPurchases":3,' +
        '"expectedPurchasesInterval":null,"expectedAvgSpend":0,"clv":123.46,' +
        '"clvInterval":[1,10000000000000],"rfm":null}',
    );
  });

  it('writes any part of a list longer than one piece, the pieces joined by the separator', () => {
    const [list] = fc.sample(fc.array(customer, { minLength: 9000, maxLength: 9000 }), {
      numRuns: 1,
      seed: 7,
    });
    const columns = columnsOf(list!, PREDICTION_COLUMNS);
    for (const [from, to] of [
      [0, 9000],
      [3, 8999],
      [4096, 8192],
      [5, 5],
    ] as const) {
      expect(written(columns, from, to)).toBe(stringified(columns, from, to));
    }
  });
});
