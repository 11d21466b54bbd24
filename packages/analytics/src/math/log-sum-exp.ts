/**
 * ln(e^a + e^b) without overflow or underflow; either argument may be −Infinity.
 *
 * @example
 * logAddExp(1000, 1000); // 1000 + ln 2
 */
export function logAddExp(a: number, b: number): number {
  const high = Math.max(a, b);
  if (high === Number.NEGATIVE_INFINITY) return high;
  const low = Math.min(a, b);
  return high + Math.log1p(Math.exp(low - high));
}

/**
 * ln Σ e^{values[i]} without overflow; −Infinity for an empty list.
 *
 * @example
 * logSumExp([-1000, -1000, -1000]); // -1000 + ln 3
 */
export function logSumExp(values: ArrayLike<number>): number {
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) high = Math.max(high, values[i]!);
  if (high === Number.NEGATIVE_INFINITY || !Number.isFinite(high)) return high;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i]! - high);
  return high + Math.log(sum);
}

/**
 * ln(e^a − e^b) for a ≥ b; −Infinity when a = b (the difference is exactly zero),
 * NaN when b > a. Used where a likelihood term is a difference of two positive quantities.
 *
 * @example
 * logSubExp(Math.log(3), Math.log(1)); // ln 2
 */
export function logSubExp(a: number, b: number): number {
  if (b > a) return Number.NaN;
  if (b === Number.NEGATIVE_INFINITY) return a;
  return a + Math.log(-Math.expm1(b - a));
}
