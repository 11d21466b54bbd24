import { DAY_MS, type Purchase } from '../clv/purchase.ts';
import { purchaseActivity } from '../frequency/activity.ts';
import { retentionFromPurchases } from '../retention/retention-from-purchases.ts';

/** What a goal can be set on: the seed's examples (frequency, basket, churn, subscribers) and more. */
export const GOAL_METRICS = [
  'purchase_frequency',
  'member_average_basket',
  'churn_rate',
  'retention_rate',
  'email_subscribers',
  'members',
  'segment_revenue',
] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

/** How a metric's value reads: cents, a percentage, a count, or purchases per customer per month. */
export type GoalUnit = 'cents' | 'percent' | 'count' | 'per_month';

export const GOAL_METRIC_UNITS: Record<GoalMetric, GoalUnit> = {
  purchase_frequency: 'per_month',
  member_average_basket: 'cents',
  churn_rate: 'percent',
  retention_rate: 'percent',
  email_subscribers: 'count',
  members: 'count',
  segment_revenue: 'cents',
};

/** The trailing window rates are measured over: a quarter, long enough not to swing week to week. */
export const RATE_WINDOW_DAYS = 90;
/** Revenue of a segment is measured per 30 days, the owner's "per month". */
export const REVENUE_WINDOW_DAYS = 30;

/** One change of a customer's email consent, at an instant. */
export interface ConsentChange {
  readonly customerId: string;
  readonly at: number;
  readonly granted: boolean;
}

/**
 * What the goal metrics are computed from. Purchases are net of refunds; `memberSince` holds
 * every customer (null: never joined the program); `inSegment` says who a segment goal covers.
 */
export interface GoalHistory {
  readonly purchases: readonly Purchase[];
  readonly memberSince: ReadonlyMap<string, number | null>;
  readonly emailConsents: readonly ConsentChange[];
}

/** Who a segment-revenue goal counts: the program's members, or the customers carrying a tag. */
export type GoalSegment = { kind: 'members' } | { kind: 'tag'; tag: string };

export interface MeasureOptions {
  /** Required for `segment_revenue`: is this customer in the segment at this instant? */
  readonly inSegment?: (customerId: string, at: number) => boolean;
}

const isMemberAt = (history: GoalHistory, customerId: string, at: number) => {
  const since = history.memberSince.get(customerId);
  return since !== null && since !== undefined && since <= at;
};

/**
 * The value of a goal metric as of the instant `at` (exclusive), or null when there is nothing
 * to measure (no purchase in the window for a rate). Windows trail `at`: 90 days for rates
 * (frequency, basket, churn, retention), 30 days for a segment's revenue; counts are as at `at`.
 *
 * @example
 * // 2 customers, 6 purchases in the 90 days before `at`
 * measureGoalMetric('purchase_frequency', history, at); // 6 / 2 / 2.957 ≈ 1.01 per month
 */
export function measureGoalMetric(
  metric: GoalMetric,
  history: GoalHistory,
  at: number,
  options: MeasureOptions = {},
): number | null {
  const rateWindow = { start: at - RATE_WINDOW_DAYS * DAY_MS, end: at };
  switch (metric) {
    case 'purchase_frequency':
      return purchaseActivity(history.purchases, rateWindow).purchasesPerCustomerPerMonth;
    case 'member_average_basket': {
      const ofMembers = history.purchases.filter((p) => isMemberAt(history, p.customerId, p.at));
      return purchaseActivity(ofMembers, rateWindow).averageOrderValueCents;
    }
    case 'churn_rate':
    case 'retention_rate': {
      const retention = retentionFromPurchases(history.purchases, {
        ...rateWindow,
        activeWithinMs: RATE_WINDOW_DAYS * DAY_MS,
      });
      return metric === 'churn_rate' ? retention.churnRatePercent : retention.retentionRatePercent;
    }
    case 'email_subscribers':
      return subscribersAt(history.emailConsents, at);
    case 'members': {
      let count = 0;
      for (const since of history.memberSince.values()) if (since !== null && since < at) count++;
      return count;
    }
    case 'segment_revenue': {
      const inSegment = options.inSegment;
      if (!inSegment) throw new Error('segment_revenue needs a segment');
      const start = at - REVENUE_WINDOW_DAYS * DAY_MS;
      let revenue = 0;
      for (const p of history.purchases) {
        if (p.at >= start && p.at < at && inSegment(p.customerId, p.at)) revenue += p.amountCents;
      }
      return revenue;
    }
  }
}

/** Customers whose latest email consent change before `at` granted it. */
function subscribersAt(changes: readonly ConsentChange[], at: number): number {
  const latest = new Map<string, ConsentChange>();
  for (const change of changes) {
    if (change.at >= at) continue;
    const known = latest.get(change.customerId);
    if (!known || change.at >= known.at) latest.set(change.customerId, change);
  }
  let count = 0;
  for (const change of latest.values()) if (change.granted) count++;
  return count;
}

/** The segment test a segment goal uses: members at the purchase, or the tagged customers. */
export function segmentMembership(
  segment: GoalSegment,
  history: GoalHistory,
  tagged: ReadonlySet<string>,
): (customerId: string, at: number) => boolean {
  return segment.kind === 'members'
    ? (customerId, at) => isMemberAt(history, customerId, at)
    : (customerId) => tagged.has(customerId);
}
