import { bgNbd } from '../../src/models/bg-nbd/index.ts';
import { customerLifetimeValue } from '../../src/models/clv.ts';
import { gammaGammaExpectedSpend } from '../../src/models/gamma-gamma/index.ts';
import { analyzeCustomerValue, DAYS_PER_MONTH } from '../../src/pipeline/index.ts';
import {
  BOULANGERIE,
  type ShopParameters,
  simulateShopHistory,
  toModelDays,
} from '../../src/simulate/index.ts';
import type { CustomerSummary } from '../../src/summary/customer-summary.ts';

/**
 * Coverage of the pipeline's 80 % intervals on simulated shops: each shop is a pure BG/NBD +
 * Gamma-Gamma process with known parameters, so the true expected purchases, P(alive) and CLV
 * of every customer (the same formulas at the true parameters) are known. Shared by the test
 * (few small shops) and bench/analytics/interval-coverage.ts (many).
 */
export interface CoverageOptions {
  shops: number;
  firstSeed: number;
  /** Length of each shop's history, in days. */
  days: number;
  arrivalsPerDay: number;
  /** Horizon of the predictions, in days (a few months keep a test quick: one ₂F₁ per month). */
  horizonDays: number;
  /** Process parameters; default the demo boulangerie's. */
  shop?: Partial<ShopParameters>;
}

export interface Coverage {
  shops: number;
  /** Shops whose fit gave intervals (at the no-dropout limit too: the truth has dropout there). */
  shopsWithIntervals: number;
  /** Share of those shops whose total interval held the truth. */
  totalPurchases: number;
  totalClv: number;
  /** Share of all their customers whose interval held the truth (P(alive): repeat customers). */
  customerPurchases: number;
  customerPAlive: number;
  customerClv: number;
}

const BASE_OPTIONS = {
  monthlyDiscountRate: 0.01,
  margin: 0.3,
  models: ['bgNbd'] as const,
};

/** A shop's history as a summary in continuous model days (no rounding to whole days). */
function simulatedSummary(seed: number, options: CoverageOptions): CustomerSummary {
  const start = Date.UTC(2024, 0, 1);
  const end = start + options.days * 86_400_000;
  const history = simulateShopHistory({
    seed,
    start,
    end,
    arrivalsPerDay: options.arrivalsPerDay,
    membership: null,
    ...options.shop,
  });
  const hours = history.parameters.openingHours;
  const byCustomer = new Map<
    string,
    { first: number; last: number; count: number; repeat: number; all: number }
  >();
  for (const t of history.transactions) {
    const day = toModelDays(start, t.at, hours);
    const seen = byCustomer.get(t.customerId);
    if (!seen)
      byCustomer.set(t.customerId, {
        first: day,
        last: day,
        count: 1,
        repeat: 0,
        all: t.amountCents,
      });
    else
      Object.assign(seen, {
        last: day,
        count: seen.count + 1,
        repeat: seen.repeat + t.amountCents,
        all: seen.all + t.amountCents,
      });
  }
  const rows = [...byCustomer.values()];
  const n = rows.length;
  const column = <T extends Int32Array | Float64Array>(
    make: new (n: number) => T,
    f: (r: (typeof rows)[0]) => number,
  ) => {
    const out = new make(n);
    rows.forEach((r, i) => {
      out[i] = f(r);
    });
    return out;
  };
  return {
    unit: 'day',
    windowEndDay: options.days,
    asOfDay: options.days,
    customerCount: n,
    purchaseDays: column(Int32Array, (r) => r.count),
    frequency: column(Int32Array, (r) => r.count - 1),
    recency: column(Float64Array, (r) => r.last - r.first),
    T: column(Float64Array, (r) => options.days - r.first),
    monetaryRepeatCents: column(Float64Array, (r) => (r.count > 1 ? r.repeat / (r.count - 1) : 0)),
    monetaryAllCents: column(Float64Array, (r) => r.all / r.count),
    firstPurchaseDay: column(Int32Array, (r) => Math.floor(r.first)),
    lastPurchaseDay: column(Int32Array, (r) => Math.floor(r.last)),
    revenueCents: column(Float64Array, (r) => r.all),
    refundCents: new Float64Array(n),
    holdout: null,
  };
}

const inside = (truth: number, low: number, high: number) => low <= truth && truth <= high;

/** Runs the pipeline on `shops` simulated shops and counts how often the intervals hold the truth. */
export function intervalCoverage(options: CoverageOptions): Coverage {
  const params = { ...BOULANGERIE, ...options.shop };
  const truth = {
    r: params.purchaseRate.r,
    alpha: params.purchaseRate.alpha,
    a: params.dropout.a,
    b: params.dropout.b,
  };
  const spendTruth = { p: params.spend.p, q: params.spend.q, gamma: params.spend.gamma / 100 };
  const horizon = options.horizonDays;
  const pipelineOptions = { ...BASE_OPTIONS, horizonDays: horizon };
  // The pipeline's CLV steps: the horizon cut into whole months.
  const periods = Math.max(1, Math.round(horizon / DAYS_PER_MONTH));
  const clvOptions = {
    periods,
    periodLength: horizon / periods,
    discountRate:
      (1 + BASE_OPTIONS.monthlyDiscountRate) ** (horizon / periods / DAYS_PER_MONTH) - 1,
    margin: BASE_OPTIONS.margin,
  };
  const hits = {
    totalPurchases: 0,
    totalClv: 0,
    purchases: 0,
    pAlive: 0,
    repeatCustomers: 0,
    clv: 0,
    customers: 0,
    shops: 0,
  };
  for (let s = 0; s < options.shops; s++) {
    const summary = simulatedSummary(options.firstSeed + s, options);
    const { fitted, predictions: p } = analyzeCustomerValue(summary, pipelineOptions);
    if (!p?.clvCents || fitted.report.purchase.bgNbd?.status !== 'fitted') continue;
    if (!Number.isFinite(p.totals.clvCents!.low)) continue;
    hits.shops++;
    let [truePurchases, trueClv] = [0, 0];
    for (let c = 0; c < summary.customerCount; c++) {
      const history = {
        frequency: summary.frequency[c]!,
        recency: summary.recency[c]!,
        T: summary.T[c]!,
      };
      const monetary = summary.monetaryRepeatCents[c]! / 100;
      const spend =
        gammaGammaExpectedSpend(spendTruth, monetary > 0 ? history.frequency : 0, monetary) * 100;
      const purchases = bgNbd.conditionalExpectedPurchases(truth, history, horizon);
      const clv = customerLifetimeValue(bgNbd, truth, history, spend, clvOptions);
      const alive = bgNbd.probabilityAlive(truth, history);
      truePurchases += purchases;
      trueClv += clv;
      hits.customers++;
      if (inside(purchases, p.expectedPurchasesLow[c]!, p.expectedPurchasesHigh[c]!))
        hits.purchases++;
      if (inside(clv, p.clvLowCents![c]!, p.clvHighCents![c]!)) hits.clv++;
      // BG/NBD holds anyone without a repeat purchase alive by construction: no estimate there.
      if (history.frequency > 0) {
        hits.repeatCustomers++;
        if (inside(alive, p.pAliveLow[c]!, p.pAliveHigh[c]!)) hits.pAlive++;
      }
    }
    if (inside(truePurchases, p.totals.expectedPurchases.low, p.totals.expectedPurchases.high))
      hits.totalPurchases++;
    if (inside(trueClv, p.totals.clvCents!.low, p.totals.clvCents!.high)) hits.totalClv++;
  }
  return {
    shops: options.shops,
    shopsWithIntervals: hits.shops,
    totalPurchases: hits.totalPurchases / hits.shops,
    totalClv: hits.totalClv / hits.shops,
    customerPurchases: hits.purchases / hits.customers,
    customerPAlive: hits.pAlive / hits.repeatCustomers,
    customerClv: hits.clv / hits.customers,
  };
}
