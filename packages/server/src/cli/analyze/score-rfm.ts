import {
  type CustomerSummary,
  DAY_MS,
  type RfmInput,
  type RfmScore,
  rfmScores,
} from '@habitue/analytics';

/**
 * RFM scores of every customer with at least one purchase day, by customer index (null for the
 * others). Frequency counts purchase days and monetary is net revenue, so a customer who buys
 * three things on one visit is one visit, and refunds count against them.
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
