import { type MarginRule, marginOf } from '../clv/historical-clv.ts';
import { DAY_MS, groupByCustomer, type Purchase } from '../clv/purchase.ts';
import type { ComparisonCustomer } from './matched-comparison.ts';

/**
 * Builds the member / non-member comparison from raw purchases: pre-period spend in
 * [preStart, start), seniority at `start`, margin in [start, end). Every customer with a purchase
 * before `end` is included.
 *
 * @example
 * comparisonCustomers(purchases, {
 *   preStart: Date.UTC(2025, 0, 1), start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 6, 1),
 *   isMember: (id) => members.has(id), margin: { kind: 'rate', rate: 0.6 },
 * });
 */
export function comparisonCustomers(
  purchases: readonly Purchase[],
  options: {
    readonly preStart?: number;
    readonly start: number;
    readonly end: number;
    readonly isMember: (customerId: string) => boolean;
    readonly margin: MarginRule;
  },
): ComparisonCustomer[] {
  const preStart = options.preStart ?? Number.NEGATIVE_INFINITY;
  const result: ComparisonCustomer[] = [];
  for (const [customerId, own] of groupByCustomer(purchases)) {
    let first = Number.POSITIVE_INFINITY;
    let preSpendCents = 0;
    let periodRevenue = 0;
    let periodCount = 0;
    for (const { at, amountCents } of own) {
      if (at >= options.end) continue;
      first = Math.min(first, at);
      if (at >= preStart && at < options.start) preSpendCents += amountCents;
      if (at >= options.start) {
        periodRevenue += amountCents;
        periodCount += 1;
      }
    }
    if (first === Number.POSITIVE_INFINITY) continue;
    result.push({
      customerId,
      isMember: options.isMember(customerId),
      preSpendCents,
      seniorityDays: Math.max(0, (options.start - first) / DAY_MS),
      periodMarginCents: marginOf(periodRevenue, periodCount, options.margin),
    });
  }
  return result;
}
