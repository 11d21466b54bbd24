import { type RfmScore, rfmQuintiles } from '../rfm/rfm-scores.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';

/**
 * RFM of every customer with a purchase day, by customer index (null for the others), scored
 * against each other as of the summary's analysis day: recency in days from the last purchase
 * day to `asOfDay` (0 for a purchase that day), frequency in purchase days (three items on one
 * visit are one visit), monetary in net revenue (refunds count against the customer).
 *
 * @example
 * scoreRfm(summary)[0]; // { recencyDays: 3, recency: 5, frequencyScore: 4, …, segment: 'champions' }
 */
export function scoreRfm(summary: CustomerSummary): (RfmScore | null)[] {
  let listed = 0;
  for (let c = 0; c < summary.customerCount; c++) if (summary.purchaseDays[c] !== 0) listed++;
  const indices = new Int32Array(listed);
  const lastDay = new Int32Array(listed);
  const purchases = new Int32Array(listed);
  const revenue = new Float64Array(listed);
  for (let c = 0, i = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    indices[i] = c;
    lastDay[i] = summary.lastPurchaseDay[c]!;
    purchases[i] = summary.purchaseDays[c]!;
    revenue[i++] = summary.revenueCents[c]!;
  }
  // Days rank as their midnights do (rfmScores ranks whole-day times as days), and the days
  // between the last purchase and the analysis day are exactly what those midnights give.
  const scores = rfmQuintiles(lastDay, purchases, revenue);
  const byCustomer: (RfmScore | null)[] = new Array(summary.customerCount).fill(null);
  for (let i = 0; i < listed; i++) {
    const c = indices[i]!;
    byCustomer[c] = scores.of(
      i,
      String(c),
      summary.asOfDay - lastDay[i]!,
      purchases[i]!,
      revenue[i]!,
    );
  }
  return byCustomer;
}
