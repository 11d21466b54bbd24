import type { CustomerSummary, RfmScore, ValuePredictions } from '@habitue/analytics';
import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../src/cli/analyze/analysis-report.ts';
import { listedCustomerColumns } from '../../src/cli/analyze/customer-columns.ts';
import {
  type CustomersJsonWriter,
  startCustomersJsonWriter,
} from '../../src/cli/analyze/customers-json-worker.ts';
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

async function written(writer: CustomersJsonWriter | null): Promise<string> {
  const { full, rfm, predictions } = analysisOf();
  const out = captureStream();
  await writeJsonReport(out, REST, listedCustomerColumns(IDS, full, rfm, predictions), writer);
  return out.text();
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
    const one = await written(null);
    const two = await written(startCustomersJsonWriter());
    expect(two).toBe(one);
    // One line per customer, as with one thread.
    expect(two.split('\n').filter((line) => line.startsWith('    {"id":'))).toHaveLength(8);
  });

  it('when the worker fails, this thread writes its half too', async () => {
    const failing: CustomersJsonWriter = {
      write: () => Promise.reject(new Error('worker lost')),
      release: () => {},
    };
    expect(await written(failing)).toBe(await written(null));
  });
});
