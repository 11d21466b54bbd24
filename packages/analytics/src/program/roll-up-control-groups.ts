/** z of the 90 % intervals the campaigns and automations report (Φ⁻¹(0.95)). */
const Z_90 = 1.6448536269514722;
/** z of the 80 % intervals the analytics report (Φ⁻¹(0.90)). */
const Z_80 = 1.2815515655446004;

/** One campaign or automation measured against its control group. */
export interface ControlledAction {
  /** Customers messaged whose window is over. */
  sent: number;
  /** Customers held back. */
  control: number;
  /** Revenue per customer, messaged minus control, cents; null without a control group. */
  revenuePerCustomerDifferenceCents: number | null;
  /** Its 90 % interval (Welch), null when a group is too small. */
  interval90: { low: number; high: number } | null;
}

/** The sum over actions: extra revenue the messages brought, with its 80 % interval. */
export interface RolledUpActions {
  /** Actions with a control group and an interval: the ones summed. */
  measured: number;
  /** Customers messaged in those actions. */
  customers: number;
  /** Σ (difference per customer × customers messaged), cents. */
  incrementalRevenueCents: number;
  /** 80 % interval, from the actions' independent standard errors. */
  interval80: [number, number];
}

/**
 * The campaigns' and automations' control-group results rolled up: each action's difference
 * per customer times the customers it messaged, summed; the standard errors (recovered from
 * each 90 % interval) add in quadrature, the groups being disjoint draws. Actions without a
 * control group or an interval are left out (and counted as such by the caller). Null when none
 * is measured.
 *
 * @example
 * rollUpControlGroups([{ sent: 100, control: 20, revenuePerCustomerDifferenceCents: 150, interval90: { low: -50, high: 350 } }]);
 * // { measured: 1, customers: 100, incrementalRevenueCents: 15_000, interval80: [≈ -576, ≈ 30_576] }
 */
export function rollUpControlGroups(actions: readonly ControlledAction[]): RolledUpActions | null {
  let measured = 0;
  let customers = 0;
  let total = 0;
  let variance = 0;
  for (const a of actions) {
    if (a.revenuePerCustomerDifferenceCents === null || a.interval90 === null || a.sent === 0)
      continue;
    const se = (a.interval90.high - a.interval90.low) / (2 * Z_90);
    measured++;
    customers += a.sent;
    total += a.revenuePerCustomerDifferenceCents * a.sent;
    variance += (se * a.sent) ** 2;
  }
  if (measured === 0) return null;
  const spread = Z_80 * Math.sqrt(variance);
  return {
    measured,
    customers,
    incrementalRevenueCents: total,
    interval80: [total - spread, total + spread],
  };
}
