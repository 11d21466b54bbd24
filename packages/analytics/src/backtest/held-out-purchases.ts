import type { CustomerSummary } from '../summary/customer-summary.ts';
import { sortByCustomerAndDay } from '../summary/sort-by-customer-day.ts';
import type { Transactions } from '../summary/transactions.ts';

/**
 * Purchase days of the calibration's customers in each stretch (ends[i], ends[i + 1]] of the
 * held-out period (a purchase day as in the summary: a day with a row of amount ≥ 0).
 */
export function heldOutPurchasesByPeriod(
  tx: Transactions,
  calibration: CustomerSummary,
  ends: number[],
): number[] {
  const out = Array.from({ length: ends.length - 1 }, () => 0);
  const { customer, day, amountCents } = sortByCustomerAndDay(tx);
  let lastCustomer = -1;
  let lastDay = Number.NaN;
  for (let k = 0; k < day.length; k++) {
    const c = customer[k]!;
    const d = day[k]!;
    if (amountCents[k]! < 0 || d <= ends[0]! || d > ends[ends.length - 1]!) continue;
    if (calibration.purchaseDays[c] === 0) continue;
    if (c === lastCustomer && d === lastDay) continue;
    lastCustomer = c;
    lastDay = d;
    let i = 0;
    while (d > ends[i + 1]!) i++;
    out[i]!++;
  }
  return out;
}
