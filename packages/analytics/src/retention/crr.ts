export interface RetentionCountsInput {
  /** S — customers at the start of the period. */
  readonly atStart: number;
  /** E — customers at the end of the period. */
  readonly atEnd: number;
  /** N — new customers acquired during the period (and counted in E). */
  readonly newDuringPeriod: number;
}

/**
 * Customer retention rate, CRR = ((E − N) / S) × 100, in percent.
 *
 * @returns the rate in percent, or `null` when there was nobody to retain (S = 0).
 * @example
 * customerRetentionRate({ atStart: 200, atEnd: 250, newDuringPeriod: 70 }); // 90
 */
export function customerRetentionRate(counts: RetentionCountsInput): number | null {
  const { atStart, atEnd, newDuringPeriod } = counts;
  if (atStart === 0) return null;
  return ((atEnd - newDuringPeriod) / atStart) * 100;
}

/**
 * Churn rate: the share of the customers present at the start who are gone at the end, in percent.
 *
 * @returns the rate in percent, or `null` when S = 0.
 * @example
 * churnRate({ atStart: 200, lost: 30 }); // 15
 */
export function churnRate(counts: {
  readonly atStart: number;
  readonly lost: number;
}): number | null {
  if (counts.atStart === 0) return null;
  return (counts.lost / counts.atStart) * 100;
}
