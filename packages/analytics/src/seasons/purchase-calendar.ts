import { sortByCustomerAndDay } from '../summary/sort-by-customer-day.ts';
import type { Transactions } from '../summary/transactions.ts';

/**
 * How many customers came back on each day: `repeatPurchaseDays[i]` counts the customers whose
 * day `firstDay + i` is a purchase day and not their first (a customer's first visit follows the
 * shop's acquisition, not the rhythm of its regulars, so it stays out of the seasons).
 */
export interface PurchaseCalendar {
  firstDay: number;
  repeatPurchaseDays: Int32Array;
}

/**
 * The calendar of repeat purchase days up to `asOfDay` (a purchase day as in the summary: a day
 * with a row of amount ≥ 0).
 *
 * @example
 * const calendar = purchaseCalendar(tx, asOfDay);
 * calendar.repeatPurchaseDays[asOfDay - calendar.firstDay]; // customers back on the last day
 */
export function purchaseCalendar(tx: Transactions, asOfDay: number): PurchaseCalendar {
  const { customer, day, amountCents } = sortByCustomerAndDay(tx);
  let firstDay = Number.POSITIVE_INFINITY;
  for (let k = 0; k < day.length; k++) if (day[k]! < firstDay) firstDay = day[k]!;
  const span = Number.isFinite(firstDay) ? Math.max(0, asOfDay - firstDay + 1) : 0;
  const counts = new Int32Array(span);
  let current = -1;
  let lastDay = Number.NaN;
  for (let k = 0; k < day.length; k++) {
    const d = day[k]!;
    if (amountCents[k]! < 0 || d > asOfDay) continue;
    if (customer[k] !== current) {
      current = customer[k]!;
      lastDay = d; // the first purchase day: not a repeat
      continue;
    }
    if (d === lastDay) continue;
    lastDay = d;
    counts[d - firstDay]!++;
  }
  return { firstDay: Number.isFinite(firstDay) ? firstDay : asOfDay, repeatPurchaseDays: counts };
}
