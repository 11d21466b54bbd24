import {
  type CustomerSummary,
  customerLifetimeValue,
  daysPerUnit,
  type GammaGammaParams,
  gammaGammaExpectedSpend,
  type PurchaseCountModel,
} from '@habitue/analytics';
import type { AnalyzeOptions } from './analyze-options.ts';

/** Per-customer model outputs by customer index; null when no model could produce them. */
export interface Predictions {
  pAlive: Float64Array | null;
  /** Expected purchase days over the horizon. */
  expectedPurchases: Float64Array | null;
  expectedAvgSpendCents: Float64Array | null;
  clvCents: Float64Array | null;
}

const DAYS_PER_MONTH = 365.25 / 12;

interface FittedModels {
  model: PurchaseCountModel<unknown> | null;
  params: unknown;
  spend: GammaGammaParams | null;
}

/**
 * P(alive), expected purchases over the horizon, expected spend (Gamma-Gamma) and CLV for every
 * customer, from each customer's history up to the analysis date. The CLV is discounted month by
 * month (the horizon is cut into equal steps of about a month). P(alive) is computed once per
 * distinct (x, t_x, T); the expected purchases and CLV of a customer who is alive once per (x, T).
 */
export function predictCustomers(
  full: CustomerSummary | null,
  options: AnalyzeOptions | null,
  { model, params, spend }: FittedModels,
): Predictions {
  if (model === null || full === null || options === null) {
    return { pAlive: null, expectedPurchases: null, expectedAvgSpendCents: null, clvCents: null };
  }
  const n = full.customerCount;
  const perUnit = daysPerUnit(full.unit);
  const periods = Math.max(1, Math.round(options.horizon.days / DAYS_PER_MONTH));
  const periodDays = options.horizon.days / periods;
  const clvOptions = {
    periods,
    periodLength: periodDays / perUnit,
    discountRate: (1 + options.monthlyDiscountRate) ** (periodDays / DAYS_PER_MONTH) - 1,
    margin: options.margin,
  };
  const pAlive = new Float64Array(n).fill(Number.NaN);
  const expectedPurchases = new Float64Array(n).fill(Number.NaN);
  const expectedAvgSpendCents = spend ? new Float64Array(n).fill(Number.NaN) : null;
  const clvCents = spend ? new Float64Array(n).fill(Number.NaN) : null;
  const horizon = options.horizon.days / perUnit;
  const ifAliveMemo = new Map<number | string, [purchases: number, clvPerSpend: number]>();
  const aliveMemo = new Map<number | string, number>();
  const keys = historyKeys(perUnit);
  for (let c = 0; c < n; c++) {
    if (full.purchaseDays[c] === 0) continue;
    const history = { frequency: full.frequency[c]!, recency: full.recency[c]!, T: full.T[c]! };
    const key = keys.history(history.frequency, history.recency, history.T);
    let alive = aliveMemo.get(key);
    if (alive === undefined) {
      alive = model.probabilityAlive(params, history);
      aliveMemo.set(key, alive);
    }
    // E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) · E[Y(t) | alive, x, T] in BG/NBD and Pareto/NBD
    // alike: the second factor, the costly one (a ₂F₁ per CLV period), depends on (x, T) only
    // and is computed once per pair from the first customer who has it. CLV is linear in spend:
    // computed for a spend of 1, scaled below.
    const pairKey = keys.pair(history.frequency, history.T);
    let ifAlive: [number, number] | null | undefined = ifAliveMemo.get(pairKey);
    if (ifAlive === undefined) {
      ifAlive =
        alive > 1e-200
          ? [
              model.conditionalExpectedPurchases(params, history, horizon) / alive,
              customerLifetimeValue(model, params, history, 1, clvOptions) / alive,
            ]
          : null;
      if (ifAlive) ifAliveMemo.set(pairKey, ifAlive);
    }
    const known = ifAlive
      ? [ifAlive[0] * alive, ifAlive[1] * alive]
      : [
          model.conditionalExpectedPurchases(params, history, horizon),
          customerLifetimeValue(model, params, history, 1, clvOptions),
        ];
    pAlive[c] = alive;
    expectedPurchases[c] = known[0]!;
    if (spend && expectedAvgSpendCents && clvCents) {
      const monetary = full.monetaryRepeatCents[c]!;
      const x = monetary > 0 ? history.frequency : 0;
      expectedAvgSpendCents[c] = gammaGammaExpectedSpend(spend, x, monetary / 100) * 100;
      clvCents[c] = known[1]! * expectedAvgSpendCents[c]!;
    }
  }
  return { pAlive, expectedPurchases, expectedAvgSpendCents, clvCents };
}

const DAY_BITS = 2 ** 21;
const MAX_FREQUENCY = 2 ** 10;

/**
 * Map keys for (x, t_x, T) and (x, T): numbers packed from the whole days behind t_x and T when
 * they fit in 53 bits (no string per customer), else text. A time that is not a whole number of
 * days in the summary's unit also falls back to text, so two different histories never share a key.
 */
function historyKeys(perUnit: number) {
  const days = (time: number) => {
    const d = Math.round(time * perUnit);
    return d >= 0 && d < DAY_BITS && d / perUnit === time ? d : -1;
  };
  const packable = (x: number) => Number.isInteger(x) && x >= 0 && x < MAX_FREQUENCY;
  return {
    history(x: number, recency: number, T: number): number | string {
      const [r, t] = [days(recency), days(T)];
      if (!packable(x) || r < 0 || t < 0) return `${x},${recency},${T}`;
      return (x * DAY_BITS + r) * DAY_BITS + t;
    },
    pair(x: number, T: number): number | string {
      const t = days(T);
      return packable(x) && t >= 0 ? x * DAY_BITS + t : `${x},${T}`;
    },
  };
}
