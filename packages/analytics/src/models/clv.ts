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
  options: ClvOptions,
): { value: number; purchases: number } {
  return sumPeriods(model, params, customer, expectedSpend, options, null);
}

/** The log-gradients that {@link lifetimeValueAndPurchasesWithLogGradient} writes. */
export interface LifetimeLogGradients {
  /** ∂ln value/∂ln θ, in the order of `Object.keys(params)`. */
  value: Float64Array;
  /** ∂ln purchases/∂ln θ, same order. */
  purchases: Float64Array;
}

/**
 * {@link lifetimeValueAndPurchases} (the same values, bit for bit) with their log-gradients, for
 * a model that offers `conditionalExpectedPurchasesWithLogGradient`; null for one that does not.
 * The value's gradient is the discounted sum of the monthly steps' gradients.
 */
export function lifetimeValueAndPurchasesWithLogGradient<P>(
  model: PurchaseCountModel<P>,
  params: P,
  customer: CustomerHistory,
  expectedSpend: number,
  options: ClvOptions,
  gradients: LifetimeLogGradients,
): { value: number; purchases: number } | null {
  if (!model.conditionalExpectedPurchasesWithLogGradient) return null;
  return sumPeriods(model, params, customer, expectedSpend, options, gradients);
}

/** The one implementation of the monthly sum, with gradients when `gradients` is given. */
function sumPeriods<P>(
  model: PurchaseCountModel<P>,
  params: P,
  customer: CustomerHistory,
  expectedSpend: number,
  { periods, periodLength, discountRate, margin }: ClvOptions,
  gradients: LifetimeLogGradients | null,
): { value: number; purchases: number } {
  const cumulativeAt = (t: number, logGradient: Float64Array | null) =>
    logGradient === null
      ? model.conditionalExpectedPurchases(params, customer, t)
      : model.conditionalExpectedPurchasesWithLogGradient!(params, customer, t, logGradient);
  if (discountRate === 0) {
    // Undiscounted, the monthly differences add up to the horizon's expectation: one
    // evaluation instead of one per period (the backtest values its forecast so).
    const purchases = cumulativeAt(
      periods * periodLength,
      gradients === null ? null : gradients.purchases,
    );
    if (gradients !== null) gradients.value.set(gradients.purchases);
    return { value: purchases * expectedSpend * margin, purchases };
  }
  const k = gradients === null ? 0 : gradients.value.length;
  // ∇ of the value and of the previous cumulative count (not of their logs), and one step's ∇ln.
  const valueGradient = new Float64Array(k);
  const previousGradient = new Float64Array(k);
  const stepGradient = gradients === null ? null : gradients.purchases;
  let value = 0;
  let previous = 0;
  for (let i = 1; i <= periods; i++) {
    const cumulative = cumulativeAt(i * periodLength, stepGradient);
    const weight = (expectedSpend * margin) / (1 + discountRate) ** i;
    value += ((cumulative - previous) * expectedSpend * margin) / (1 + discountRate) ** i;
    previous = cumulative;
    if (stepGradient !== null) {
      for (let j = 0; j < k; j++) {
        const current = cumulative * stepGradient[j]!;
        valueGradient[j]! += (current - previousGradient[j]!) * weight;
        previousGradient[j] = current;
      }
    }
  }
  // stepGradient holds the last step's ∇ln, the purchases' gradient, already.
  if (gradients !== null)
    for (let j = 0; j < k; j++) gradients.value[j] = valueGradient[j]! / value;
  return { value, purchases: previous };
}
