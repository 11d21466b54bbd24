import {
  type ClvOptions,
  type LifetimeLogGradients,
  lifetimeValueAndPurchases,
  lifetimeValueAndPurchasesWithLogGradient,
} from '../models/clv.ts';
import { gammaGammaExpectedSpend } from '../models/gamma-gamma/index.ts';
import type { PurchaseCountModel } from '../models/purchase-count-model.ts';
import type { CustomerHistory } from '../models/types.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';
import { daysPerUnit } from '../summary/transactions.ts';
import { logInterval, logVariance, valuesAndLogGradients, valuesOnly } from './log-gradient.ts';
import { sameHistories } from './same-history.ts';
import type { FittedValueModels } from './value-models.ts';
import { DAYS_PER_MONTH, type ValueOptions, Z_80 } from './value-options.ts';

/** A figure and its 80 % interval (NaN bounds when the fit gave no covariance). */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

/**
 * Per-customer predictions by customer index (NaN for customers without a purchase), each with
 * its 80 % interval, and the shop's totals. Money in cents.
 */
export interface ValuePredictions {
  pAlive: Float64Array;
  pAliveLow: Float64Array;
  pAliveHigh: Float64Array;
  /** Expected purchase days over the horizon. */
  expectedPurchases: Float64Array;
  expectedPurchasesLow: Float64Array;
  expectedPurchasesHigh: Float64Array;
  /** Null without a spend model. */
  expectedAvgSpendCents: Float64Array | null;
  clvCents: Float64Array | null;
  clvLowCents: Float64Array | null;
  clvHighCents: Float64Array | null;
  totals: {
    customers: number;
    /** Σ P(alive): the customers expected to be still active on the analysis day. */
    activeCustomers: Estimate;
    expectedPurchases: Estimate;
    clvCents: Estimate | null;
  };
}

const nanArray = (n: number) => new Float64Array(n).fill(Number.NaN);

/**
 * P(alive), expected purchases and CLV of every customer over the horizon, with 80 % intervals
 * for the uncertainty of the fitted parameters (delta method on the log scale, logit for
 * P(alive): docs/decisions/0015-intervals-by-the-delta-method.md). The CLV is discounted month
 * by month (the horizon cut into equal steps of about a month).
 *
 * Cost: E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) · E[Y(t) | alive, x, T] in every model here;
 * the second factor (a ₂F₁ per CLV month) depends on (x, T) only and is computed once per pair;
 * P(alive) once per distinct history; CLV is linear in spend, so computed for a spend of 1.
 *
 * @example
 * const p = predictValue(summary, fitValueModels(summary, options), options);
 * p.clvCents?.[0]; p.clvLowCents?.[0]; p.totals.clvCents; // { value, low, high }
 */
export function predictValue(
  summary: CustomerSummary,
  fitted: FittedValueModels,
  options: ValueOptions,
): ValuePredictions | null {
  const predictor = fitted.purchase;
  if (predictor === null) return null;
  const { model, params } = predictor;
  // Without intervals, no gradients: one evaluation per memo entry instead of 1 + k, and every
  // interval NaN (as when the fit gave no covariance).
  const withIntervals = options.intervals !== false;
  const evaluate = withIntervals ? valuesAndLogGradients : valuesOnly;
  const logCovariance = withIntervals ? predictor.logCovariance : null;
  const spendCovariance = withIntervals ? (fitted.spend?.logCovariance ?? null) : null;
  const n = summary.customerCount;
  const perUnit = daysPerUnit(summary.unit);
  const periods = Math.max(1, Math.round(options.horizonDays / DAYS_PER_MONTH));
  const periodDays = options.horizonDays / periods;
  const clvOptions = {
    periods,
    periodLength: periodDays / perUnit,
    discountRate: (1 + options.monthlyDiscountRate) ** (periodDays / DAYS_PER_MONTH) - 1,
    margin: options.margin,
  };
  const horizon = options.horizonDays / perUnit;
  const spend = fitted.spend;
  const out: ValuePredictions = {
    pAlive: nanArray(n),
    pAliveLow: nanArray(n),
    pAliveHigh: nanArray(n),
    expectedPurchases: nanArray(n),
    expectedPurchasesLow: nanArray(n),
    expectedPurchasesHigh: nanArray(n),
    expectedAvgSpendCents: spend ? nanArray(n) : null,
    clvCents: spend ? nanArray(n) : null,
    clvLowCents: spend ? nanArray(n) : null,
    clvHighCents: spend ? nanArray(n) : null,
    totals: null as unknown as ValuePredictions['totals'],
  };
  const k = Object.keys(params).length;
  // The horizon's expected purchases are the CLV's last cumulative step when both end on the
  // same day: then one ₂F₁ fewer per evaluation. Within rounding: 12 steps of 365/12 days end
  // 7e-15 weeks away from 365 days (the backtest's year).
  const lastStepIsHorizon =
    Math.abs(clvOptions.periods * clvOptions.periodLength - horizon) <= 1e-12 * horizon;
  // The model's own gradients when it has them (one evaluation instead of 1 + k).
  const analytic = withIntervals
    ? analyticGradients(model, params, clvOptions, horizon, lastStepIsHorizon)
    : null;
  const sums = { alive: 0, purchases: 0, clv: 0, customers: 0 };
  const gradientSums = {
    alive: new Float64Array(k),
    purchases: new Float64Array(k),
    clv: new Float64Array(k),
    spend: new Float64Array(3),
  };
  // Memos by history and by (x, T): the offset of an entry in a slab of values and log
  // gradients (P(alive): 1 + k numbers; the (x, T) factors: 2 + 2k), no object per entry, found
  // by the first customer with the same history or pair (−1: not computed yet).
  const same = sameHistories(summary);
  const aliveAt = new Int32Array(n).fill(-1);
  const ifAliveAt = new Int32Array(n).fill(-1);
  const ownIfAliveAt = new Int32Array(n).fill(-1); // by history, where P(alive) vanishes
  let [aliveEntries, ifAliveEntries] = [0, 0];
  const aliveStride = 1 + k;
  const ifAliveStride = 2 + 2 * k;
  const aliveSlab = new Float64Array(n * aliveStride);
  const ifAliveSlab = new Float64Array(n * ifAliveStride);
  // Per-customer gradients, reused from customer to customer (no allocation in this loop).
  const gAliveShared = new Float64Array(k);
  const aliveGradient = new Float64Array(k);
  const gPurchases = new Float64Array(k);
  const gLogit = new Float64Array(k);
  const gClv = new Float64Array(k);
  const gSpend = new Float64Array(3);
  const purchaseParts: [Float64Array, number[][] | null][] = [[gPurchases, logCovariance]];
  const logitParts: [Float64Array, number[][] | null][] = [[gLogit, logCovariance]];
  const clvParts: [Float64Array, number[][] | null][] = [
    [gClv, logCovariance],
    [gSpend, spendCovariance],
  ];
  for (let c = 0; c < n; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    const history = {
      frequency: summary.frequency[c]!,
      recency: summary.recency[c]!,
      T: summary.T[c]!,
    };
    const sameHistory = same.history[c]!;
    let a = aliveAt[sameHistory]!;
    if (a === -1) {
      a = aliveEntries++ * aliveStride;
      if (analytic) {
        aliveSlab[a] = analytic.aliveWithGradient(history, aliveGradient);
        aliveSlab.set(aliveGradient, a + 1);
      } else
        evaluate(
          params,
          1,
          (p, v) => {
            v[0] = model.probabilityAlive(p, history);
          },
          aliveSlab,
          a,
        );
      aliveAt[sameHistory] = a;
    }
    const pAlive = aliveSlab[a]!;
    // The (x, T) factor, from this customer's history: cond / P(alive) when P(alive) is not
    // vanishing, else computed for this history alone (then it already includes P(alive)).
    const shared = pAlive > 1e-200;
    const memo = shared ? ifAliveAt : ownIfAliveAt;
    const slot = shared ? same.pair[c]! : sameHistory;
    let f = memo[slot]!;
    if (f === -1) {
      f = ifAliveEntries++ * ifAliveStride;
      if (analytic) analytic.ifAliveWithGradient(history, shared, ifAliveSlab, f);
      else
        evaluate(
          params,
          2,
          (p, v) => {
            const scale = shared ? model.probabilityAlive(p, history) : 1;
            const clv = lifetimeValueAndPurchases(model, p, history, 1, clvOptions);
            const purchases = lastStepIsHorizon
              ? clv.purchases
              : model.conditionalExpectedPurchases(p, history, horizon);
            v[0] = purchases / scale;
            v[1] = clv.value / scale;
          },
          ifAliveSlab,
          f,
        );
      memo[slot] = f;
    }
    const factor = shared ? pAlive : 1;
    const purchases = ifAliveSlab[f]! * factor;
    // Gradients in the slabs: P(alive)'s from a + 1, the (x, T) purchases' from f + 2 and the
    // (x, T) CLV's from f + 2 + k.
    for (let i = 0; i < k; i++) {
      const gAlive = aliveSlab[a + 1 + i]!;
      gAliveShared[i] = shared ? gAlive : 0;
      gPurchases[i] = gAliveShared[i]! + ifAliveSlab[f + 2 + i]!;
      gLogit[i] = gAlive / (1 - pAlive);
    }
    out.pAlive[c] = pAlive;
    if (!withIntervals) {
      // The low and high arrays stay NaN.
    } else if (pAlive < 1) {
      const spread = Math.sqrt(logVariance(logitParts));
      const logit = Math.log(pAlive / (1 - pAlive));
      out.pAliveLow[c] = 1 / (1 + Math.exp(-(logit - Z_80 * spread)));
      out.pAliveHigh[c] = 1 / (1 + Math.exp(-(logit + Z_80 * spread)));
    } else {
      out.pAliveLow[c] = 1;
      out.pAliveHigh[c] = 1;
    }
    out.expectedPurchases[c] = purchases;
    const [purchasesLow, purchasesHigh] = logInterval(purchases, logVariance(purchaseParts));
    out.expectedPurchasesLow[c] = purchasesLow;
    out.expectedPurchasesHigh[c] = purchasesHigh;
    sums.customers++;
    sums.alive += pAlive;
    sums.purchases += purchases;
    for (let i = 0; i < k; i++) {
      gradientSums.alive[i]! += pAlive * aliveSlab[a + 1 + i]!;
      gradientSums.purchases[i]! += purchases * gPurchases[i]!;
    }
    if (
      !spend ||
      !out.clvCents ||
      !out.expectedAvgSpendCents ||
      !out.clvLowCents ||
      !out.clvHighCents
    )
      continue;
    const monetary = summary.monetaryRepeatCents[c]! / 100;
    const x = monetary > 0 ? history.frequency : 0;
    const spendCents = gammaGammaExpectedSpend(spend.params, x, monetary) * 100;
    spendLogGradient(spend.params, x, monetary, gSpend);
    const clv = ifAliveSlab[f + 1]! * factor * spendCents;
    for (let i = 0; i < k; i++) gClv[i] = gAliveShared[i]! + ifAliveSlab[f + 2 + k + i]!;
    out.expectedAvgSpendCents[c] = spendCents;
    out.clvCents[c] = clv;
    const [clvLow, clvHigh] = logInterval(clv, logVariance(clvParts));
    out.clvLowCents[c] = clvLow;
    out.clvHighCents[c] = clvHigh;
    sums.clv += clv;
    for (let i = 0; i < k; i++) gradientSums.clv[i]! += clv * gClv[i]!;
    for (let i = 0; i < 3; i++) gradientSums.spend[i]! += clv * gSpend[i]!;
  }
  const total = (value: number, parts: [Float64Array, number[][] | null][]): Estimate => {
    const scaled = parts.map(
      ([g, sigma]) => [g.map((v) => v / value), sigma] as [Float64Array, number[][] | null],
    );
    const [low, high] = logInterval(value, logVariance(scaled));
    return { value, low, high };
  };
  out.totals = {
    customers: sums.customers,
    activeCustomers: total(sums.alive, [[gradientSums.alive, logCovariance]]),
    expectedPurchases: total(sums.purchases, [[gradientSums.purchases, logCovariance]]),
    clvCents: spend
      ? total(sums.clv, [
          [gradientSums.clv, logCovariance],
          [gradientSums.spend, spendCovariance],
        ])
      : null,
  };
  return out;
}

/**
 * The memo entries of {@link predictValue} from the model's analytic log-gradients, or null
 * when the model has none (then forward differences): the same values, written in the same
 * layout (P(alive): value then k gradient entries; the (x, T) factor: purchases and CLV per
 * unit of P(alive), then their k gradient entries each).
 */
function analyticGradients<P>(
  model: PurchaseCountModel<P>,
  params: P,
  clvOptions: ClvOptions,
  horizon: number,
  lastStepIsHorizon: boolean,
) {
  const alive = model.probabilityAliveWithLogGradient;
  const conditional = model.conditionalExpectedPurchasesWithLogGradient;
  if (!alive || !conditional) return null;
  const k = Object.keys(params as object).length;
  const scaleGradient = new Float64Array(k);
  const horizonGradient = new Float64Array(k);
  const lifetime: LifetimeLogGradients = {
    value: new Float64Array(k),
    purchases: new Float64Array(k),
  };
  return {
    aliveWithGradient: (history: CustomerHistory, gradient: Float64Array) =>
      alive.call(model, params, history, gradient),
    ifAliveWithGradient(
      history: CustomerHistory,
      shared: boolean,
      slab: Float64Array,
      offset: number,
    ): void {
      // Divided by P(alive) when shared, as the differenced path does: the logs subtract.
      const scale = shared ? alive.call(model, params, history, scaleGradient) : 1;
      if (!shared) scaleGradient.fill(0);
      const clv = lifetimeValueAndPurchasesWithLogGradient(
        model,
        params,
        history,
        1,
        clvOptions,
        lifetime,
      )!;
      const purchases = lastStepIsHorizon
        ? clv.purchases
        : conditional.call(model, params, history, horizon, horizonGradient);
      const purchasesGradient = lastStepIsHorizon ? lifetime.purchases : horizonGradient;
      slab[offset] = purchases / scale;
      slab[offset + 1] = clv.value / scale;
      for (let i = 0; i < k; i++) {
        slab[offset + 2 + i] = purchasesGradient[i]! - scaleGradient[i]!;
        slab[offset + 2 + k + i] = lifetime.value[i]! - scaleGradient[i]!;
      }
    },
  };
}

/**
 * ∇ ln E[spend | x, m̄] with respect to ln(p, q, γ), from E = (pγ + pxm̄) / (px + q − 1),
 * written into `into`.
 */
function spendLogGradient(
  { p, q, gamma }: { p: number; q: number; gamma: number },
  x: number,
  meanSpend: number,
  into: Float64Array,
): void {
  const denominator = p * x + q - 1;
  into[0] = 1 - (p * x) / denominator;
  into[1] = -q / denominator;
  into[2] = gamma / (gamma + x * meanSpend);
}
