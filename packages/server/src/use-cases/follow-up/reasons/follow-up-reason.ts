import type { Tx } from '../../../db/tenant.ts';
import type { CustomerMetrics } from '../../analytics/customer-metrics.ts';

/** Someone a reason puts on the list, for one occasion (the key that keeps it to one item). */
export type FollowUpCandidate = {
  customerId: string;
  occasionKey: string;
  details: Record<string, unknown>;
};

/** What a reason's weekly search may read: the shop's data and its customer metrics. */
export type FollowUpWeek = {
  tx: Tx;
  merchantId: string;
  now: Date;
  timeZone: string;
  /** Monday of the week planned, merchant-local, days since 1970-01-01. */
  weekStartDay: number;
  /** Today, merchant-local, days since 1970-01-01. */
  today: number;
  metrics: CustomerMetrics;
};

/**
 * One reason to call or visit a customer, one file each (`reasons/*.ts`, listed in
 * `reasons/index.ts`). A reason with `find` is looked for every week; one without it is added
 * by an event (a detractor's answer) or by hand.
 */
export type FollowUpReason = {
  /** Stored in `follow_up_items.reason`, worded by the web app (`followUp.reason.<id>`). */
  id: string;
  find?: (week: FollowUpWeek) => Promise<FollowUpCandidate[]>;
  /**
   * Detail keys that are value figures (P(alive), spend): shown to managers and owners only,
   * like every value figure (`analytics:read`); the rest is what staff need to make the call.
   */
  valueDetails: readonly string[];
};
