import type { FollowUpReason } from './follow-up-reason.ts';

/** Below this P(alive) a regular is going quiet (the counter's "medium risk" starts at 0.7). */
export const QUIET_P_ALIVE = 0.5;
/** A good customer: at least this many purchase days, and spend in the shop's top 40 % (RFM M ≥ 4). */
const MIN_PURCHASE_DAYS = 3;
const MIN_MONETARY_SCORE = 4;

/**
 * A good customer going quiet: several visits, among the shop's best spenders, and a P(alive)
 * (BG/NBD of the analytics pipeline) fallen under 0.5. One item per quiet spell: the occasion is
 * their last visit, so a customer who comes back and drifts off again is listed again.
 */
export const goingQuiet: FollowUpReason = {
  id: 'going_quiet',
  valueDetails: ['pAlive', 'annualSpendCents'],
  async find({ metrics }) {
    const pAlive = metrics.predictions?.pAlive;
    if (!pAlive) return [];
    return metrics.customers.flatMap((customer, c) => {
      const p = pAlive[c];
      const rfm = metrics.rfm[c];
      const days = metrics.summary.purchaseDays[c]!;
      if (p === undefined || !Number.isFinite(p) || p >= QUIET_P_ALIVE) return [];
      if (days < MIN_PURCHASE_DAYS || !rfm || rfm.monetaryScore < MIN_MONETARY_SCORE) return [];
      const lastDay = metrics.summary.lastPurchaseDay[c]!;
      return [
        {
          customerId: customer.id,
          occasionKey: `going_quiet:${customer.id}:${lastDay}`,
          details: {
            daysSinceLastVisit: metrics.asOfDay - lastDay,
            pAlive: p,
            annualSpendCents: metrics.annualSpendCents[c]!,
          },
        },
      ];
    });
  },
};
