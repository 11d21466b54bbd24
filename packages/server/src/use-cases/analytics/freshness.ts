import type { CustomerMetrics } from './customer-metrics.ts';

/** How fresh the figures are: when computed, up to which recorded purchase, how long it took. */
export interface Freshness {
  computedAt: string;
  dataAsOf: string | null;
  computeMs: number;
}

export function freshness(m: CustomerMetrics): Freshness {
  return {
    computedAt: m.computedAt.toISOString(),
    dataAsOf: m.dataAsOf?.toISOString() ?? null,
    computeMs: Math.round(m.durationMs),
  };
}
