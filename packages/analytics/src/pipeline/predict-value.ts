import { customerLifetimeValue } from '../models/clv.ts';
import { gammaGammaExpectedSpend } from '../models/gamma-gamma/index.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';
import { daysPerUnit } from '../summary/transactions.ts';
import { logInterval, logVariance, valuesAndLogGradients } from './log-gradient.ts';
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
  const { model, params, logCovariance } = predictor;
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
  const sums = { alive: 0, purchases: 0, clv: 0, customers: 0 };
  const gradientSums = {
    alive: new Float64Array(k),
    purchases: new Float64Array(k),
    clv: new Float64Array(k),
    spend: new Float64Array(3),
  };
  const aliveMemo = new Map<string, { values: number[]; gradients: number[][] }>();
  const ifAliveMemo = new Map<string, { values: number[]; gradients: number[][] }>();
  for (let c = 0; c < n; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    const history = {
      frequency: summary.frequency[c]!,
      recency: summary.recency[c]!,
      T: summary.T[c]!,
    };
    const historyKey = `${history.frequency},${history.recency},${history.T}`;
    let alive = aliveMemo.get(historyKey);
    if (!alive) {
      alive = valuesAndLogGradients(params, (p) => [model.probabilityAlive(p, history)]);
      aliveMemo.set(historyKey, alive);
    }
    const pAlive = alive.values[0]!;
    // The (x, T) factor, from this customer's history: cond / P(alive) when P(alive) is not
    // vanishing, else computed for this history alone (then it already includes P(alive)).
    const shared = pAlive > 1e-200;
    const pairKey = shared ? `${history.frequency},${history.T}` : `!${historyKey}`;
    let ifAlive = ifAliveMemo.get(pairKey);
    if (!ifAlive) {
      ifAlive = valuesAndLogGradients(params, (p) => {
        const scale = shared ? model.probabilityAlive(p, history) : 1;
        return [
          model.conditionalExpectedPurchases(p, history, horizon) / scale,
          customerLifetimeValue(model, p, history, 1, clvOptions) / scale,
        ];
      });
      ifAliveMemo.set(pairKey, ifAlive);
    }
    const factor = shared ? pAlive : 1;
    const gAlive = shared ? alive.gradients[0]! : new Array<number>(k).fill(0);
    const purchases = ifAlive.values[0]! * factor;
    const gPurchases = gAlive.map((g, i) => g + ifAlive.gradients[0]![i]!);
    const gLogit = alive.gradients[0]!.map((g) => g / (1 - pAlive));
    out.pAlive[c] = pAlive;
    if (pAlive < 1) {
      const spread = Math.sqrt(logVariance([[gLogit, logCovariance]]));
      const logit = Math.log(pAlive / (1 - pAlive));
      out.pAliveLow[c] = 1 / (1 + Math.exp(-(logit - Z_80 * spread)));
      out.pAliveHigh[c] = 1 / (1 + Math.exp(-(logit + Z_80 * spread)));
    } else [out.pAliveLow[c], out.pAliveHigh[c]] = [1, 1];
    out.expectedPurchases[c] = purchases;
    [out.expectedPurchasesLow[c], out.expectedPurchasesHigh[c]] = logInterval(
      purchases,
      logVariance([[gPurchases, logCovariance]]),
    );
    sums.customers++;
    sums.alive += pAlive;
    sums.purchases += purchases;
    for (let i = 0; i < k; i++) {
      gradientSums.alive[i]! += pAlive * alive.gradients[0]![i]!;
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
    const gSpend = spendLogGradient(spend.params, x, monetary);
    const clv = ifAlive.values[1]! * factor * spendCents;
    const gClv = gAlive.map((g, i) => g + ifAlive.gradients[1]![i]!);
    out.expectedAvgSpendCents[c] = spendCents;
    out.clvCents[c] = clv;
    [out.clvLowCents[c], out.clvHighCents[c]] = logInterval(
      clv,
      logVariance([
        [gClv, logCovariance],
        [gSpend, spend.logCovariance],
      ]),
    );
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
          [gradientSums.spend, spend.logCovariance],
        ])
      : null,
  };
  return out;
}

/** ∇ ln E[spend | x, m̄] with respect to ln(p, q, γ), from E = (pγ + pxm̄) / (px + q − 1). */
function spendLogGradient(
  { p, q, gamma }: { p: number; q: number; gamma: number },
  x: number,
  meanSpend: number,
): number[] {
  const denominator = p * x + q - 1;
  return [1 - (p * x) / denominator, -q / denominator, gamma / (gamma + x * meanSpend)];
}
