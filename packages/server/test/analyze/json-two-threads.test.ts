import type { CustomerSummary, RfmScore, ValuePredictions } from '@habitue/analytics';
import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../src/cli/analyze/analysis-report.ts';
import { analyzeHelper } from '../../src/cli/analyze/analyze-helper.ts';
import type { CustomerColumns } from '../../src/cli/analyze/customer-columns.ts';
import { listedCustomerColumns } from '../../src/cli/analyze/customer-columns.ts';
import { CUSTOMER_SEPARATOR, CUSTOMERS_PER_CHUNK } from '../../src/cli/analyze/customers-json.ts';
import { layOutBackInHelper, layOutFromBack } from '../../src/cli/analyze/customers-json-job.ts';
import { HelperGone, type HelperThread } from '../../src/cli/analyze/helper-thread.ts';
import { TwoEndedClaims } from '../../src/cli/analyze/two-ended-claims.ts';
import { writeJsonReport } from '../../src/cli/analyze/write-json-report.ts';
import { captureStream } from './run-analyze.ts';

// Nine customers: one without a purchase day (not listed), two tied on CLV (revenue decides),
// two tied on both (file order decides), one whose CLV could not be computed (listed as 0),
// one without an RFM score, and ids that JSON must escape.
const IDS = ['A', 'B"quoted"', 'C', 'D', 'E', 'F\\back', 'G', 'H', 'Ï'];
const PURCHASE_DAYS = [2, 3, 0, 1, 4, 2, 2, 5, 1];
const CLV_CENTS = [500.4, 1200, 999, 1200.2, 800, 800, 800, Number.NaN, 10];
const REVENUE_CENTS = [4000, 3000, 0, 5000, 2500, 2500, 2600, 9000, 100];

function analysisOf(): {
  full: CustomerSummary;
  rfm: (RfmScore | null)[];
  predictions: ValuePredictions;
} {
  const n = IDS.length;
  const f64 = (f: (c: number) => number) => Float64Array.from({ length: n }, (_, c) => f(c));
  const i32 = (f: (c: number) => number) => Int32Array.from({ length: n }, (_, c) => f(c));
  const full = {
    unit: 'week',
    windowEndDay: 20_000,
    asOfDay: 20_000,
    customerCount: n,
    purchaseDays: Int32Array.from(PURCHASE_DAYS),
    frequency: i32((c) => Math.max(0, PURCHASE_DAYS[c]! - 1)),
    recency: f64((c) => c / 7),
    T: f64((c) => (c + 10) / 7),
    monetaryRepeatCents: f64((c) => 1000 + c),
    monetaryAllCents: f64((c) => 1100.5 + c),
    firstPurchaseDay: i32((c) => 19_900 + c),
    lastPurchaseDay: i32((c) => 19_950 + c),
    revenueCents: Float64Array.from(REVENUE_CENTS),
    refundCents: f64(() => 0),
    holdout: null,
  } as CustomerSummary;
  const score = (c: number): RfmScore => ({
    customerId: IDS[c]!,
    recencyDays: c,
    frequency: PURCHASE_DAYS[c]!,
    monetaryCents: REVENUE_CENTS[c]!,
    recency: ((c % 5) + 1) as RfmScore['recency'],
    frequencyScore: (((c + 1) % 5) + 1) as RfmScore['recency'],
    monetaryScore: (((c + 2) % 5) + 1) as RfmScore['recency'],
    fm: 3 as RfmScore['recency'],
    segment: c % 2 === 0 ? 'champions' : 'lost',
  });
  const rfm = IDS.map((_, c) => (c === 6 ? null : score(c)));
  const predictions = {
    pAlive: f64((c) => 1 / (c + 1.5)),
    pAliveLow: f64((c) => 0.5 / (c + 1.5)),
    pAliveHigh: f64((c) => 1.5 / (c + 1.5)),
    expectedPurchases: f64((c) => c * 0.37),
    expectedPurchasesLow: f64((c) => c * 0.3),
    expectedPurchasesHigh: f64((c) => c * 0.41),
    expectedAvgSpendCents: f64((c) => 2000 + c * 3.33),
    clvCents: Float64Array.from(CLV_CENTS),
    clvLowCents: f64((c) => CLV_CENTS[c]! * 0.9),
    clvHighCents: f64((c) => CLV_CENTS[c]! * 1.1),
    totals: null as never,
  } as ValuePredictions;
  return { full, rfm, predictions };
}

const REST = { summary: { customers: 8 }, models: { chosen: null } } as unknown as Omit<
  AnalysisReport,
  'customers'
>;

async function writtenColumns(
  columns: CustomerColumns,
  helper: HelperThread | null,
): Promise<string> {
  const out = captureStream();
  await writeJsonReport(out, async () => REST, columns, helper);
  return out.text();
}

async function written(helper: HelperThread | null): Promise<string> {
  const { full, rfm, predictions } = analysisOf();
  return writtenColumns(listedCustomerColumns(IDS, full, rfm, predictions), helper);
}

/** `n` listed customers as columns, each different, in list order: several chunks of the list. */
function manyCustomers(n: number): CustomerColumns {
  const f64 = (f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));
  const i32 = (f: (i: number) => number) => Int32Array.from({ length: n }, (_, i) => f(i));
  const rfm = new Uint8Array(4 * n);
  for (let i = 0; i < 4 * n; i++) rfm[i] = i % 4 === 3 ? (i % 7) + 1 : (i % 5) + 1;
  return {
    ids: Array.from({ length: n }, (_, i) => `C${i}`),
    frequency: i32((i) => i % 13),
    recency: f64((i) => (i % 97) / 7),
    T: f64((i) => (i % 101) / 7 + 10),
    monetaryRepeatCents: f64((i) => 1000 + i),
    monetaryAllCents: f64((i) => 1100 + i),
    revenueCents: f64((i) => 5000 + i * 3),
    firstPurchaseDay: i32((i) => 19_000 + (i % 300)),
    lastPurchaseDay: i32((i) => 19_300 + (i % 300)),
    predictions: { pAlive: f64((i) => 1 / (2 + (i % 11))), clvCents: f64((i) => n - i) },
    rfm,
  };
}

/** A helper thread that takes `chunks` chunks of the list from its end, then fails. */
function failingAfter(chunks: number): HelperThread {
  return {
    start: () => {},
    stop: () => {},
    run: async <Job, Result>(_task: string, job: Job): Promise<Result> => {
      const { state, chunks: count } = job as { state: Int32Array; chunks: number };
      const claims = TwoEndedClaims.of(state, count);
      for (let i = 0; i < chunks; i++) claims.back();
      throw new HelperGone('lost');
    },
  };
}

/**
 * A helper thread that, given the list, takes `chunks` chunks from its end with the helper's own
 * code before this thread starts, then answers: every split of the list between the two threads,
 * decided in advance.
 */
function takingFromBack(chunks: number): HelperThread {
  return {
    start: () => {},
    stop: () => {},
    run: <Job, Result>(_task: string, job: Job): Promise<Result> => {
      const {
        columns,
        state,
        chunks: count,
      } = job as unknown as {
        columns: CustomerColumns;
        state: Int32Array;
        chunks: number;
      };
      const bytes = layOutFromBack(columns, TwoEndedClaims.of(state, count), chunks);
      return Promise.resolve(bytes as Result);
    },
  };
}

describe('the --json customer list', () => {
  it('lists customers by CLV, then revenue, then file order; an unknown CLV counts as 0', async () => {
    const report = JSON.parse(await written(null)) as AnalysisReport;
    expect(report.customers.map((c) => c.id)).toEqual([
      'D', // 12.00 €, revenue 50 €
      'B"quoted"', // 12.00 €, revenue 30 €
      'G', // 8.00 €, revenue 26 €
      'E', // 8.00 €, revenue 25 €, before F in the file
      'F\\back',
      'A',
      'Ï',
      'H', // CLV not computed
    ]);
    const h = report.customers.find((c) => c.id === 'H')!;
    expect(h.clv).toBeNull();
    expect(h.clvInterval).toBeNull();
    expect(report.customers.find((c) => c.id === 'G')!.rfm).toBeNull();
    expect(report.customers.find((c) => c.id === 'E')!.rfm).toEqual({
      r: 5,
      f: 1,
      m: 2,
      segment: 'champions',
    });
    expect(report.customers[0]).toMatchObject({
      monetary: 10.03,
      averageBasket: 11.04,
      revenue: 50,
      clv: 12,
      firstPurchase: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('written by two threads, the document is the same, byte for byte', async () => {
    const n = 7 * CUSTOMERS_PER_CHUNK + 123; // eight chunks, the last one short
    const columns = manyCustomers(n);
    const one = await writtenColumns(columns, null);
    const helper = analyzeHelper();
    try {
      const two = await writtenColumns(columns, helper);
      expect(two).toBe(one);
      // One line per customer, in the list's order, as with one thread.
      const lines = two.split('\n').filter((line) => line.startsWith('    {"id":'));
      expect(lines).toHaveLength(n);
      expect(lines[n - 1]).toMatch(new RegExp(`^    \\{"id":"C${n - 1}"`));
      // A list of one chunk is not shared, and is the same too.
      expect(await written(helper)).toBe(await written(null));
    } finally {
      helper.stop();
    }
  });

  it('a helper given the list while this thread takes nothing lays it all out, in order', async () => {
    const columns = manyCustomers(3 * CUSTOMERS_PER_CHUNK + 5);
    const one = await writtenColumns(columns, null);
    const helper = analyzeHelper();
    try {
      const back = layOutBackInHelper(columns, helper)!;
      const decoder = new TextDecoder();
      const text = (await back.text)!
        .map((piece) => decoder.decode(piece))
        .join(CUSTOMER_SEPARATOR);
      expect(back.claims.takenFromBack()).toBe(4);
      expect(back.claims.front()).toBe(-1);
      expect(one).toContain(`"customers": [\n    ${text}\n  ]`);
    } finally {
      helper.stop();
    }
  });

  it('split anywhere between the two threads, the document is the same, byte for byte', async () => {
    const columns = manyCustomers(4 * CUSTOMERS_PER_CHUNK + 7); // five chunks
    const one = await writtenColumns(columns, null);
    for (const taken of [0, 1, 2, 4, 5]) {
      expect(await writtenColumns(columns, takingFromBack(taken))).toBe(one);
    }
  });

  it('when the helper fails, this thread writes the chunks it had taken too', async () => {
    const columns = manyCustomers(5 * CUSTOMERS_PER_CHUNK);
    const one = await writtenColumns(columns, null);
    for (const taken of [0, 1, 2, 5]) {
      expect(await writtenColumns(columns, failingAfter(taken))).toBe(one);
    }
  });
});
