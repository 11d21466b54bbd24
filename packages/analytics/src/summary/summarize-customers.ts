import type { CustomerSummary } from './customer-summary.ts';
import { sortByCustomerAndDay } from './sort-by-customer-day.ts';
import { daysPerUnit, NO_PURCHASE_DAY, type TimeUnit, type Transactions } from './transactions.ts';

export interface SummaryOptions {
  /** Analysis date: rows after it are ignored. */
  asOfDay: number;
  /** End of the calibration period (inclusive); rows after it only feed the holdout counts. */
  calibrationEndDay?: number;
  unit?: TimeUnit;
}

/**
 * Transactions → per-customer summary for BG/NBD, Pareto/NBD and Gamma-Gamma, lifetimes-style:
 * a purchase day is a day with at least one row of amount ≥ 0; a refund (amount < 0) lowers the
 * customer's revenue and the spend of their latest purchase day (same day or earlier, never
 * below 0) but is not a purchase day itself.
 *
 * @example
 * const s = summarizeCustomers(tx, { asOfDay: 10_030, unit: 'week' });
 * s.frequency[0]; // 1 — customer 0 came back once
 */
export function summarizeCustomers(tx: Transactions, options: SummaryOptions): CustomerSummary {
  const unit = options.unit ?? 'day';
  const perUnit = daysPerUnit(unit);
  const asOf = options.asOfDay;
  const windowEnd = Math.min(options.calibrationEndDay ?? asOf, asOf);
  const n = tx.customerCount;
  const s: CustomerSummary = {
    unit,
    windowEndDay: windowEnd,
    asOfDay: asOf,
    customerCount: n,
    purchaseDays: new Int32Array(n),
    frequency: new Int32Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetaryRepeatCents: new Float64Array(n),
    monetaryAllCents: new Float64Array(n),
    firstPurchaseDay: new Int32Array(n).fill(NO_PURCHASE_DAY),
    lastPurchaseDay: new Int32Array(n).fill(NO_PURCHASE_DAY),
    revenueCents: new Float64Array(n),
    refundCents: new Float64Array(n),
    holdout:
      options.calibrationEndDay === undefined
        ? null
        : {
            duration: (asOf - windowEnd) / perUnit,
            purchaseDays: new Int32Array(n),
            revenueCents: new Float64Array(n),
          },
  };
  const { customer, day, amountCents } = sortByCustomerAndDay(tx);
  const rows = day.length;
  // Running state of the current customer; reset when the customer changes.
  let current = -1;
  let firstSpend = 0;
  let repeatSpend = 0;
  let lastSpend = 0;
  let k = 0;
  while (k < rows) {
    const c = customer[k]!;
    const d = day[k]!;
    // Gather the rows of customer c on day d.
    let gross = 0;
    let refunds = 0;
    let hasPurchase = false;
    for (; k < rows; k++) {
      if (customer[k] !== c || day[k] !== d) break;
      const amount = amountCents[k]!;
      if (amount >= 0) {
        gross += amount;
        hasPurchase = true;
      } else refunds += amount;
    }
    if (c !== current) {
      if (current >= 0) closeCustomer(s, current, firstSpend, repeatSpend, perUnit);
      current = c;
      firstSpend = repeatSpend = lastSpend = 0;
    }
    if (d > asOf) continue;
    if (d > windowEnd) {
      if (hasPurchase) s.holdout!.purchaseDays[c]!++;
      s.holdout!.revenueCents[c]! += gross + refunds;
      continue;
    }
    s.revenueCents[c]! += gross + refunds;
    s.refundCents[c]! -= refunds;
    const count = s.purchaseDays[c]!;
    if (hasPurchase) {
      const spend = Math.max(0, gross + refunds);
      if (count === 0) {
        s.firstPurchaseDay[c] = d;
        firstSpend = spend;
      } else repeatSpend += spend;
      lastSpend = spend;
      s.lastPurchaseDay[c] = d;
      s.purchaseDays[c] = count + 1;
    } else if (count === 1) {
      firstSpend = Math.max(0, firstSpend + refunds);
    } else if (count > 1) {
      const reduced = Math.max(0, lastSpend + refunds);
      repeatSpend += reduced - lastSpend;
      lastSpend = reduced;
    }
  }
  if (current >= 0) closeCustomer(s, current, firstSpend, repeatSpend, perUnit);
  return s;
}

function closeCustomer(
  s: CustomerSummary,
  c: number,
  firstSpend: number,
  repeatSpend: number,
  perUnit: number,
): void {
  const days = s.purchaseDays[c]!;
  if (days === 0) return;
  const first = s.firstPurchaseDay[c]!;
  s.frequency[c] = days - 1;
  s.recency[c] = (s.lastPurchaseDay[c]! - first) / perUnit;
  s.T[c] = (s.windowEndDay - first) / perUnit;
  s.monetaryRepeatCents[c] = days > 1 ? repeatSpend / (days - 1) : 0;
  s.monetaryAllCents[c] = (firstSpend + repeatSpend) / days;
}
