import type { InteractionTotals, ServingCostSettings } from '../../repositories/interactions.ts';

export type ServingCost = {
  /** The team's time at the shop's hourly cost; null until the owner gives that cost. */
  timeCents: number | null;
  /** Discounts, refunds and gestures conceded in complaints and disputes. */
  concededCents: number;
  /** What waiting for late payments cost, at the shop's financing rate; null until it is given. */
  latePaymentCents: number | null;
  /** The sum of what is known; `complete` says whether every part could be valued. */
  totalCents: number;
  complete: boolean;
};

/**
 * The cost of serving a customer (seed 004: "le coût de service"): time spent × hourly cost,
 * plus what was conceded, plus the cost of the money late payments kept from the shop
 * (amount × days late × yearly rate / 365). Rounded to the cent once, at the end of each part.
 * @example
 * servingCost(
 *   { count: 3, minutes: 90, concededCents: 1_500, lateCentDays: 120_000 * 30, openDisputes: 0 },
 *   { hourlyCostCents: 2_400, financingRateBp: 800 },
 * ); // { timeCents: 3_600, concededCents: 1_500, latePaymentCents: 789, totalCents: 5_889, complete: true }
 */
export function servingCost(totals: InteractionTotals, settings: ServingCostSettings): ServingCost {
  const timeCents =
    settings.hourlyCostCents === null
      ? null
      : Math.round((totals.minutes * settings.hourlyCostCents) / 60);
  const latePaymentCents =
    settings.financingRateBp === null
      ? null
      : Math.round((totals.lateCentDays * settings.financingRateBp) / 10_000 / 365);
  const complete =
    (timeCents !== null || totals.minutes === 0) &&
    (latePaymentCents !== null || totals.lateCentDays === 0);
  return {
    timeCents,
    concededCents: totals.concededCents,
    latePaymentCents,
    totalCents: (timeCents ?? 0) + totals.concededCents + (latePaymentCents ?? 0),
    complete,
  };
}
