import type { CustomerSummary } from '../summary/customer-summary.ts';
import { DAYS_PER_MONTH, MIN_CUSTOMERS, MIN_REPEAT_CUSTOMERS } from './value-options.ts';

/**
 * What the estimates rest on, and what that allows:
 * - `too-little`: below the models' minimum (20 customers, 5 who came back): no prediction;
 * - `trend`: enough for the shop's totals and a ranking of customers, not for one customer's
 *   figure to the euro (fewer than 500 customers who came back, or less than a year of history);
 * - `customer`: enough for per-customer figures to be read one by one (within their intervals).
 */
export type SufficiencyLevel = 'too-little' | 'trend' | 'customer';

export interface DataSufficiency {
  customers: number;
  repeatCustomers: number;
  /** Whole months from the first purchase day to the analysis day. */
  months: number;
  level: SufficiencyLevel;
}

/** The thresholds of `customer`: a year of seasons and enough returns to estimate dropout. */
const CUSTOMER_LEVEL = { repeatCustomers: 500, months: 12 };

/**
 * @example
 * dataSufficiency(summary); // { customers: 2357, repeatCustomers: 1073, months: 18, level: 'customer' }
 */
export function dataSufficiency(summary: CustomerSummary): DataSufficiency {
  let customers = 0;
  let repeatCustomers = 0;
  let first = Number.POSITIVE_INFINITY;
  for (let c = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    customers++;
    if (summary.purchaseDays[c]! > 1) repeatCustomers++;
    first = Math.min(first, summary.firstPurchaseDay[c]!);
  }
  const months = customers === 0 ? 0 : Math.floor((summary.asOfDay - first + 1) / DAYS_PER_MONTH);
  const level: SufficiencyLevel =
    customers < MIN_CUSTOMERS || repeatCustomers < MIN_REPEAT_CUSTOMERS
      ? 'too-little'
      : repeatCustomers >= CUSTOMER_LEVEL.repeatCustomers && months >= CUSTOMER_LEVEL.months
        ? 'customer'
        : 'trend';
  return { customers, repeatCustomers, months, level };
}
