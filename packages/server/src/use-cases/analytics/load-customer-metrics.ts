import type { Kysely } from 'kysely';
import { metricsPool } from '../../analytics-worker/metrics-pool.ts';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { analyticsDataVersion, merchantTimeZone } from '../../repositories/analytics-history.ts';
import type { MerchantScope } from '../scope.ts';
import { freshFor, loadAnalyticsSettings, sameSettings } from './analytics-settings.ts';
import type { CustomerMetrics } from './customer-metrics.ts';
import { localDay } from './local-day.ts';

type Entry = { metrics?: CustomerMetrics; pending?: Promise<CustomerMetrics> };

/**
 * Per database and merchant: the last computation, and the one under way. A computation is
 * reused while the data version is unchanged and it is younger than the merchant's max age
 * (recency and T move on with the clock even when nobody buys). Behind this process's memory,
 * the database's (`analytics_figures`): what another process computed for the same data.
 */
const caches = new WeakMap<Kysely<Database>, Map<string, Entry>>();

function entryFor(db: Kysely<Database>, merchantId: string): Entry {
  const byMerchant = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, byMerchant);
  const entry = byMerchant.get(merchantId) ?? {};
  byMerchant.set(merchantId, entry);
  return entry;
}

/**
 * The merchant's per-customer metrics, from the cache when the data have not changed since,
 * else recomputed (one computation at a time per merchant; concurrent callers share it).
 */
export async function loadCustomerMetrics(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
): Promise<CustomerMetrics> {
  const { db, merchantId, now } = scope;
  const entry = entryFor(db, merchantId);
  const { version, latestAt, settings, timeZone } = await withMerchant(
    db,
    merchantId,
    async (tx) => ({
      ...(await analyticsDataVersion(tx, merchantId)),
      settings: await loadAnalyticsSettings(tx, merchantId),
      timeZone: await merchantTimeZone(tx, merchantId),
    }),
  );
  const cached = entry.metrics;
  if (
    cached &&
    cached.dataVersion === version &&
    sameSettings(cached.settings, settings) &&
    freshFor(cached.computedAt, now, settings)
  )
    return cached;
  if (entry.pending) {
    const shared = await entry.pending;
    if (shared.dataVersion === version && sameSettings(shared.settings, settings)) return shared;
  }
  // In a worker thread, which reads the customers and purchases (or another process's
  // figures for these very data) through its own connection: the fits take seconds of CPU,
  // and reading 100,000 customers and 300,000 purchases hundreds of ms, that requests must
  // not wait behind. The customers come back in slices, each quick to receive.
  const pending = metricsPool().figuresFor(db, {
    merchantId,
    dataVersion: version,
    dataAsOf: latestAt,
    timeZone,
    now,
    asOfDay: localDay(now, timeZone),
    settings,
    ...(cached ? { previousFit: cached.fit, previousBacktest: cached.backtest } : {}),
  });
  entry.pending = pending;
  try {
    const metrics = await pending;
    entry.metrics = metrics;
    return metrics;
  } finally {
    if (entry.pending === pending) entry.pending = undefined;
  }
}
