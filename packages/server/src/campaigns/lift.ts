/**
 * How a campaign's recipients did against its control group, with the uncertainty of the
 * difference: a normal-approximation interval (Wald) at 90 %, the level the rest of the
 * product reports. Pure; unit-tested against hand-computed values.
 */

/** z for a two-sided 90 % interval (Φ⁻¹(0.95)). */
export const Z_90 = 1.6448536269514722;

export type Interval = { low: number; high: number };

export type Difference = {
  /** Sent group minus control group. */
  difference: number;
  /** Null when a group is too small to say anything (fewer than two people). */
  interval90: Interval | null;
};

/**
 * Difference of two proportions (came back: yes/no).
 * @example
 * differenceOfProportions({ successes: 30, n: 100 }, { successes: 20, n: 100 });
 * // { difference: 0.1, interval90: { low: ≈0.0006, high: ≈0.1994 } }
 */
export function differenceOfProportions(
  sent: { successes: number; n: number },
  control: { successes: number; n: number },
): Difference {
  if (sent.n === 0 || control.n === 0) return { difference: Number.NaN, interval90: null };
  const p1 = sent.successes / sent.n;
  const p2 = control.successes / control.n;
  const difference = p1 - p2;
  if (sent.n < 2 || control.n < 2) return { difference, interval90: null };
  const se = Math.sqrt((p1 * (1 - p1)) / sent.n + (p2 * (1 - p2)) / control.n);
  return { difference, interval90: { low: difference - Z_90 * se, high: difference + Z_90 * se } };
}

/** Mean and sample variance (n − 1) of one group's values. */
function meanAndVariance(values: readonly number[]) {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : Number.NaN;
  return { mean, variance };
}

/**
 * Difference of two means (visits or revenue per person), Welch's standard error.
 * @example
 * differenceOfMeans([2, 4, 6], [1, 3]); // { difference: 2, interval90: { low: ≈-1.80, high: ≈5.80 } }
 */
export function differenceOfMeans(sent: readonly number[], control: readonly number[]): Difference {
  if (sent.length === 0 || control.length === 0) {
    return { difference: Number.NaN, interval90: null };
  }
  const a = meanAndVariance(sent);
  const b = meanAndVariance(control);
  const difference = a.mean - b.mean;
  if (sent.length < 2 || control.length < 2) return { difference, interval90: null };
  const se = Math.sqrt(a.variance / sent.length + b.variance / control.length);
  return { difference, interval90: { low: difference - Z_90 * se, high: difference + Z_90 * se } };
}
