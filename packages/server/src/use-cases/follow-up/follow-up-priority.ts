import { type PriorityInput, priorityList } from '@habitue/analytics';
import type { CustomerMetrics } from '../analytics/customer-metrics.ts';

export type CustomerPriority = { score: number; rank: number; mainReasonKey: string };

/**
 * Each customer's priority score (`@habitue/analytics` priority, seed 003's criteria) from the
 * analytics pipeline's figures: the year's spend, the value the model predicts for the next
 * year, the shop's margin rate and the years since the first purchase. A shop paid at the
 * counter has no late invoices, so payment and disputes start neutral-perfect here.
 */
export function customerPriorities(metrics: CustomerMetrics): Map<string, CustomerPriority> {
  const p = metrics.predictions;
  const inputs: PriorityInput[] = metrics.customers.map((row, c) => {
    const expected = p?.expectedPurchases[c];
    const basket = p?.expectedAvgSpendCents?.[c];
    const predicted =
      expected !== undefined && basket !== undefined && Number.isFinite(expected * basket)
        ? expected * basket
        : 0;
    const days = metrics.summary.purchaseDays[c]!;
    return {
      customerId: row.id,
      annualVolumeCents: metrics.annualSpendCents[c]!,
      predictedAnnualValueCents: predicted,
      onTimePaymentShare: 1,
      averageDaysLate: 0,
      marginRate: metrics.settings.marginRate,
      relationshipYears:
        days > 0 ? (metrics.asOfDay - metrics.summary.firstPurchaseDay[c]!) / 365.25 : 0,
      disputeCostCents: 0,
    };
  });
  if (inputs.length === 0) return new Map();
  return new Map(
    priorityList(inputs).map((e) => [
      e.customerId,
      { score: e.score, rank: e.rank, mainReasonKey: e.mainReasonKey },
    ]),
  );
}
