/** Latency samples of one measured phase, in milliseconds. */
export type Summary = { count: number; p50: number; p95: number; p99: number; max: number };

/**
 * Nearest-rank percentiles over every sample (no histogram buckets, no sampling).
 * @example
 * summarize([1, 2, 3, 4]).p50 === 2
 */
export function summarize(samples: readonly number[]): Summary {
  const sorted = Float64Array.from(samples).sort();
  const rank = (p: number) =>
    sorted.length === 0 ? Number.NaN : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return {
    count: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
    max: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!,
  };
}
