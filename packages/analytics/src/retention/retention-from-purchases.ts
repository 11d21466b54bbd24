import type { Purchase } from '../clv/purchase.ts';
import { churnRate, customerRetentionRate } from './crr.ts';

export interface RetentionPeriod {
  /** First instant of the period (ms since epoch, inclusive). */
  readonly start: number;
  /** End of the period (ms since epoch, exclusive). */
  readonly end: number;
  /**
   * A customer counts at a date d if they bought in [d − activeWithinMs, d). Omit it for the
   * "exists" definition (a customer exists once they have made a first purchase): nobody ever
   * leaves, so CRR is 100 % by construction — use an activity window to see real retention.
   */
  readonly activeWithinMs?: number;
}

export interface RetentionFromPurchases {
  /** S — customers at `start`. */
  readonly atStart: number;
  /** E — customers at `end`. */
  readonly atEnd: number;
  /** N — customers at `end` whose first purchase falls in [start, end). */
  readonly newDuringPeriod: number;
  /** Customers at both `start` and `end`. */
  readonly retained: number;
  /** Customers at `start` but not at `end`. */
  readonly lost: number;
  /** Customers at `end`, first seen before `start`, but not counted at `start` (came back). */
  readonly reactivated: number;
  /** The seeds' CRR = (E − N) / S × 100; it counts reactivated customers as retained. */
  readonly retentionRatePercent: number | null;
  /** retained / S × 100: only customers present at both dates. */
  readonly strictRetentionRatePercent: number | null;
  /** lost / S × 100 = 100 − strict retention. */
  readonly churnRatePercent: number | null;
}

/**
 * CRR and churn from raw purchases over a period [start, end). Pass the full purchase history up to
 * `end`: "new" means the customer's first purchase in the data falls in the period.
 *
 * @example
 * // 'a' bought in January and March, 'b' only in January, 'c' first bought in March.
 * retentionFromPurchases(purchases, { start: feb1, end: apr1, activeWithinMs: 60 * DAY_MS });
 * // S = 2 (a, b active in the 60 days before Feb 1), E = 2 (a, c), N = 1 (c) → CRR 50 %
 */
export function retentionFromPurchases(
  purchases: readonly Purchase[],
  period: RetentionPeriod,
): RetentionFromPurchases {
  const { start, end } = period;
  const window = period.activeWithinMs ?? Number.POSITIVE_INFINITY;
  const firstAt = new Map<string, number>();
  const activeAtStart = new Set<string>();
  const activeAtEnd = new Set<string>();
  for (const { customerId, at } of purchases) {
    firstAt.set(customerId, Math.min(at, firstAt.get(customerId) ?? at));
    if (at < start && at >= start - window) activeAtStart.add(customerId);
    if (at < end && at >= end - window) activeAtEnd.add(customerId);
  }
  let newDuringPeriod = 0;
  let retained = 0;
  for (const customerId of activeAtEnd) {
    if ((firstAt.get(customerId) ?? end) >= start) newDuringPeriod += 1;
    if (activeAtStart.has(customerId)) retained += 1;
  }
  const atStart = activeAtStart.size;
  const atEnd = activeAtEnd.size;
  const lost = atStart - retained;
  return {
    atStart,
    atEnd,
    newDuringPeriod,
    retained,
    lost,
    reactivated: atEnd - newDuringPeriod - retained,
    retentionRatePercent: customerRetentionRate({ atStart, atEnd, newDuringPeriod }),
    strictRetentionRatePercent: atStart === 0 ? null : (retained / atStart) * 100,
    churnRatePercent: churnRate({ atStart, lost }),
  };
}
