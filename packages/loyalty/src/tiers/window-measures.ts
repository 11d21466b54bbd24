import { addMonthsToDay, localDay } from './local-day.ts';
import type { TierActivity } from './tier-activity.ts';

/** Spend and visits counted over the rolling window that ends on a given day. */
export interface WindowMeasures {
  readonly spendCents: number;
  readonly visits: number;
}

interface DatedPurchase {
  readonly day: number;
  readonly amountCents: number;
  /** Refunds of this purchase, as (day, cents), in day order. */
  readonly refunds: readonly { readonly day: number; readonly cents: number }[];
}

/**
 * A customer's history in shop-local days, ready to be measured on any day. Built once per
 * computation, so that replaying years of history day by day stays cheap.
 */
export interface DatedActivity {
  /** First purchase or sign-up, whichever is earlier. */
  readonly startDay: number;
  readonly purchases: readonly DatedPurchase[];
  /** Days on which a refund was recorded. */
  readonly refundDays: ReadonlySet<number>;
}

export function datedActivity(activity: TierActivity, timeZone: string): DatedActivity {
  const refundsByPurchase = new Map<string, { day: number; cents: number }[]>();
  const refundDays = new Set<number>();
  for (const refund of activity.refunds) {
    const day = localDay(refund.at, timeZone);
    refundDays.add(day);
    const list = refundsByPurchase.get(refund.purchaseId) ?? [];
    list.push({ day, cents: refund.amountCents });
    refundsByPurchase.set(refund.purchaseId, list);
  }
  const purchases = activity.purchases
    .map((purchase) => ({
      day: localDay(purchase.at, timeZone),
      amountCents: purchase.amountCents,
      refunds: (refundsByPurchase.get(purchase.id) ?? []).sort((a, b) => a.day - b.day),
    }))
    .sort((a, b) => a.day - b.day);
  const signUp = localDay(activity.memberSince, timeZone);
  const startDay = Math.min(signUp, purchases[0]?.day ?? signUp);
  return { startDay, purchases, refundDays };
}

/**
 * Spend net of the refunds known on `day`, and visits (purchases not fully refunded), over the
 * window (day − windowMonths, day]. A purchase made a year ago today has left a 12-month window.
 */
export function measureOn(
  activity: DatedActivity,
  day: number,
  windowMonths: number,
): WindowMeasures {
  const after = addMonthsToDay(day, -windowMonths);
  let spendCents = 0;
  let visits = 0;
  for (const purchase of activity.purchases) {
    if (purchase.day <= after) continue;
    if (purchase.day > day) break;
    let refunded = 0;
    for (const refund of purchase.refunds) {
      if (refund.day > day) break;
      refunded += refund.cents;
    }
    const net = Math.max(0, purchase.amountCents - refunded);
    spendCents += net;
    if (net > 0) visits += 1;
  }
  return { spendCents, visits };
}
