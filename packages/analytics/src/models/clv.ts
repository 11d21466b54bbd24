import type { PurchaseCountModel } from './purchase-count-model.ts';
import type { CustomerHistory } from './types.ts';

/** How to value future purchases. */
export interface ClvOptions {
  /** Number of periods to sum over, e.g. 12 months. */
  periods: number;
  /** Length of one period in the model's time unit, e.g. 365.25 / 12 / 7 ≈ 4.348 weeks. */
  periodLength: number;
  /** Discount rate per period, e.g. 0.01 per month. Cash flows of period i are divided by (1 + d)^i. */
  discountRate: number;
  /** Share of spend kept as profit, in [0, 1]. */
  margin: number;
}

/**
 * Discounted expected profit of one customer over a horizon: for each period i,
 * (E[Y(i·L) | history] − E[Y((i−1)·L) | history]) × expected spend × margin / (1 + d)^i.
 * The difference of cumulative expectations is the expected count within period i (the same
 * monthly-step method lifetimes uses); spend comes from e.g. {@link gammaGammaExpectedSpend}.
 *
 * @example
 * const spend = gammaGammaExpectedSpend(spendParams, 2, 22.35);
 * customerLifetimeValue(bgNbd, bgParams, { frequency: 2, recency: 30.43, T: 38.86 }, spend, {
 *   periods: 12, periodLength: 4.348, discountRate: 0.01, margin: 0.3,
 * });
 */
export function customerLifetimeValue<P>(
  model: PurchaseCountModel<P>,
  params: P,
  customer: CustomerHistory,
  expectedSpend: number,
  options: ClvOptions,
): number {
  return lifetimeValueAndPurchases(model, params, customer, expectedSpend, options).value;
}

/**
 * {@link customerLifetimeValue} and the expected purchases over the whole horizon
 * (E[Y(periods · periodLength) | history]), which its last monthly step already computes.
 */
export function lifetimeValueAndPurchases<P>(
  model: PurchaseCountModel<P>,
  params: P,
  customer: CustomerHistory,
  expectedSpend: number,
  { periods, periodLength, discountRate, margin }: ClvOptions,
): { value: number; purchases: number } {
  if (discountRate === 0) {
    // Undiscounted, the monthly differences add up to the horizon's expectation: one
    // evaluation instead of one per period (the backtest values its forecast so).
    const purchases = model.conditionalExpectedPurchases(params, customer, periods * periodLength);
    return { value: purchases * expectedSpend * margin, purchases };
  }
  let value = 0;
  let previous = 0;
  for (let i = 1; i <= periods; i++) {
    const cumulative = model.conditionalExpectedPurchases(params, customer, i * periodLength);
    value += ((cumulative - previous) * expectedSpend * margin) / (1 + discountRate) ** i;
    previous = cumulative;
  }
  return { value, purchases: previous };
}
