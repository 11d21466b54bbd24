import { purchaseActivity } from '../frequency/activity.ts';
import { retentionFromPurchases } from '../retention/retention-from-purchases.ts';
import { DAY_MS, DAYS_PER_YEAR, type Purchase } from './purchase.ts';
import { type SimpleClvInputs, simpleClv } from './simple-clv.ts';

const YEAR_MS = DAYS_PER_YEAR * DAY_MS;

export interface SimpleClvFromPurchases {
  /** The three numbers of the seed formula, measured on the last 12 months; null if unmeasurable. */
  readonly inputs: SimpleClvInputs | null;
  /** basket × purchases per year × years, cents; null when there is no data or no churn to measure. */
  readonly clvCents: number | null;
  /** Strict annual churn used for the relationship length, percent. */
  readonly annualChurnPercent: number | null;
}

/**
 * The seeds' simple CLV with its three inputs read from the purchase history, over the year
 * before `asOf`: average basket = revenue / purchases; purchases per year = purchases per buying
 * customer; years of relationship = 1 / annual churn (a customer active in the previous year and
 * not in the last one is churned) — the mean lifetime if churn stays constant. Customers new this
 * year count with their partial year, which makes the frequency a little low: a floor, not a
 * forecast (the predictive models give the forecast).
 *
 * @example
 * // the demo boulangerie (simulateShopHistory seed 1) on 22 Nov 2026:
 * simpleClvFromPurchases(history.transactions, { asOf: Date.UTC(2026, 10, 21, 23) });
 * // { inputs: { averageBasketCents: 857.8…, purchasesPerYear: 11.23…, yearsOfRelationship: 2.64… },
 * //   clvCents: 25_406, annualChurnPercent: 37.9… }
 */
export function simpleClvFromPurchases(
  purchases: readonly Purchase[],
  options: { readonly asOf: number },
): SimpleClvFromPurchases {
  const lastYear = { start: options.asOf - YEAR_MS, end: options.asOf };
  const activity = purchaseActivity(purchases, lastYear);
  const retention = retentionFromPurchases(purchases, { ...lastYear, activeWithinMs: YEAR_MS });
  const churn = retention.churnRatePercent;
  if (
    activity.averageOrderValueCents === null ||
    activity.purchasesPerCustomer === null ||
    !churn
  ) {
    return { inputs: null, clvCents: null, annualChurnPercent: churn };
  }
  const inputs = {
    averageBasketCents: activity.averageOrderValueCents,
    purchasesPerYear: activity.purchasesPerCustomer,
    yearsOfRelationship: 100 / churn,
  };
  return { inputs, clvCents: simpleClv(inputs), annualChurnPercent: churn };
}
