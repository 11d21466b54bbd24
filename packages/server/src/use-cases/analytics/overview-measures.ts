import {
  activityByGroup,
  DAY_MS,
  gini,
  lorenzCurve,
  type Purchase,
  type PurchaseActivity,
  purchaseActivity,
  type RetentionFromPurchases,
  retentionFromPurchases,
  topCustomersShare,
} from '@habitue/analytics';
import type { AnalyticsPeriod } from './analytics-period.ts';
import { dayToIso } from './local-day.ts';

const window = (p: AnalyticsPeriod) => ({ start: p.fromDay * DAY_MS, end: (p.toDay + 1) * DAY_MS });

/**
 * CRR over the period: a customer counts at a date if they bought in the period-length before
 * it, so S = customers of the previous period, E = customers of this period, N = those of E
 * whose first purchase is in this period.
 */
export function periodRetention(purchases: Purchase[], p: AnalyticsPeriod): RetentionFromPurchases {
  const { start, end } = window(p);
  return retentionFromPurchases(purchases, { start, end, activeWithinMs: end - start });
}

export function periodActivity(purchases: Purchase[], p: AnalyticsPeriod): PurchaseActivity {
  return purchaseActivity(purchases, window(p));
}

/**
 * Frequency and basket of members vs non-members (membership as at the end of the period), from
 * each customer's membership start (epoch ms by customer index, NaN for a non-member).
 */
export function membersSplit(memberSince: Float64Array, purchases: Purchase[], p: AnalyticsPeriod) {
  const { start, end } = window(p);
  // member_since is an instant; compare it with the end of the last local day (UTC-shifted days
  // are at most a day off, which does not change who is a member at the end of a period).
  const groups = activityByGroup(purchases, {
    start,
    end,
    // (NaN, not a member, is never below `end`.)
    groupOf: (id) => (memberSince[Number(id)]! < end ? 'members' : 'nonMembers'),
  });
  const empty = (group: string) => ({ group, ...purchaseActivity([], { start, end }) });
  return {
    members: groups.find((g) => g.group === 'members') ?? empty('members'),
    nonMembers: groups.find((g) => g.group === 'nonMembers') ?? empty('nonMembers'),
  };
}

/** Revenue and purchases per local month, the 24 months ending with the period's last month. */
export function monthlyRevenue(purchases: Purchase[], p: AnalyticsPeriod) {
  const last = dayToIso(p.toDay).slice(0, 7);
  const [y, mo] = last.split('-').map(Number) as [number, number];
  const months = Array.from({ length: 24 }, (_, k) => {
    const d = new Date(Date.UTC(y, mo - 1 - (23 - k), 1));
    return d.toISOString().slice(0, 7);
  });
  const index = new Map(months.map((month, i) => [month, i]));
  const revenue = new Float64Array(24);
  const count = new Int32Array(24);
  for (const purchase of purchases) {
    const i = index.get(new Date(purchase.at).toISOString().slice(0, 7));
    if (i === undefined) continue;
    revenue[i]! += purchase.amountCents;
    count[i]!++;
  }
  return months.map((month, i) => ({ month, revenueCents: revenue[i]!, purchases: count[i]! }));
}

/** Pareto over the period: per-customer revenue of the customers who bought. */
export function paretoOfPeriod(purchases: Purchase[], p: AnalyticsPeriod) {
  const { start, end } = window(p);
  const byCustomer = new Map<string, number>();
  for (const { customerId, at, amountCents } of purchases) {
    if (at < start || at >= end) continue;
    byCustomer.set(customerId, (byCustomer.get(customerId) ?? 0) + amountCents);
  }
  const values = [...byCustomer.values()].map((v) => Math.max(0, v));
  if (values.length === 0) return { customers: 0, top20Share: null, gini: null, lorenz: [] };
  return {
    customers: values.length,
    top20Share: topCustomersShare(values, 0.2),
    gini: gini(values),
    lorenz: lorenzCurve(values, { points: 21 }),
  };
}
