import { DAY_MS } from '../clv/purchase.ts';
import { type RfmInput, type RfmScore, rfmScores } from '../rfm/rfm-scores.ts';
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
  const inputs: RfmInput[] = [];
  const indices: number[] = [];
  for (let c = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    indices.push(c);
    inputs.push({
      customerId: String(c),
      lastPurchaseAt: summary.lastPurchaseDay[c]! * DAY_MS,
      purchases: summary.purchaseDays[c]!,
      monetaryCents: summary.revenueCents[c]!,
    });
  }
  const scores = rfmScores(inputs, { asOf: summary.asOfDay * DAY_MS });
  const byCustomer: (RfmScore | null)[] = new Array(summary.customerCount).fill(null);
  indices.forEach((c, i) => {
    byCustomer[c] = scores[i]!;
  });
  return byCustomer;
}
