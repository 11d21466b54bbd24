import { DAY_MS, type Purchase, type Transactions } from '@habitue/analytics';

/**
 * The typed-array purchases as the measures' `Purchase` objects, up to and including `lastDay`.
 * Times are local days at midnight written as UTC instants ("local time as UTC"), so periods
 * cut at the merchant's midnight and months are the merchant's months. Customer ids are the
 * customer indices.
 */
export function movementsAsPurchases(tx: Transactions, lastDay: number): Purchase[] {
  const purchases: Purchase[] = [];
  for (let i = 0; i < tx.day.length; i++) {
    const day = tx.day[i]!;
    if (day > lastDay) continue;
    purchases.push({
      customerId: String(tx.customer[i]),
      at: day * DAY_MS,
      amountCents: tx.amountCents[i]!,
    });
  }
  return purchases;
}
