import { dayToIso } from '../../analytics/local-day.ts';
import type { FollowUpReason } from './follow-up-reason.ts';

/** From this many years a customer is long-standing (seed 003: « historique de la relation »). */
const MIN_YEARS = 2;

/**
 * A long-standing customer to thank or invite: the anniversary of their first purchase falls in
 * the week, they have been coming for two years or more, and they still come (P(alive) ≥ 0.5, or
 * a visit within 180 days when no model could be fitted). Once a year per customer.
 */
export const longStanding: FollowUpReason = {
  id: 'long_standing',
  valueDetails: [],
  async find({ metrics, weekStartDay }) {
    const pAlive = metrics.predictions?.pAlive;
    return metrics.customers.flatMap((customer, c) => {
      if (metrics.summary.purchaseDays[c]! === 0) return [];
      const first = dayToIso(metrics.summary.firstPurchaseDay[c]!);
      const last = metrics.summary.lastPurchaseDay[c]!;
      const p = pAlive?.[c];
      const active =
        p !== undefined && Number.isFinite(p) ? p >= 0.5 : metrics.asOfDay - last <= 180;
      if (!active) return [];
      for (let d = weekStartDay; d < weekStartDay + 7; d++) {
        const day = dayToIso(d);
        const years = Number(day.slice(0, 4)) - Number(first.slice(0, 4));
        if (years >= MIN_YEARS && day.slice(5) === first.slice(5)) {
          return [
            {
              customerId: customer.id,
              occasionKey: `long_standing:${customer.id}:${day.slice(0, 4)}`,
              details: { years, since: first },
            },
          ];
        }
      }
      return [];
    });
  },
};
