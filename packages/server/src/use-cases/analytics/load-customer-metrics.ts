import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import {
  analyticsDataVersion,
  listAnalyticsCustomers,
  listAnalyticsPurchases,
  merchantTimeZone,
} from '../../repositories/analytics-history.ts';
import type { MerchantScope } from '../scope.ts';
import { type AnalyticsSettings, loadAnalyticsSettings } from './analytics-settings.ts';
import { type CustomerMetrics, computeCustomerMetrics } from './customer-metrics.ts';
import { localDay } from './local-day.ts';

type Entry = { metrics?: CustomerMetrics; pending?: Promise<CustomerMetrics> };

/**
 * Per database and merchant: the last computation, and the one under way. A computation is
 * reused while the data version is unchanged and it is younger than the merchant's max age
 * (recency and T move on with the clock even when nobody buys).
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
  const { version, latestAt, settings } = await withMerchant(db, merchantId, async (tx) => ({
    ...(await analyticsDataVersion(tx, merchantId)),
    settings: await loadAnalyticsSettings(tx, merchantId),
  }));
  const cached = entry.metrics;
  const fresh =
    cached &&
    cached.dataVersion === version &&
    sameSettings(cached.settings, settings) &&
    now.getTime() - cached.computedAt.getTime() < settings.maxAgeMinutes * 60_000 &&
    now.getTime() >= cached.computedAt.getTime();
  if (fresh) return cached;
  if (entry.pending) {
    const shared = await entry.pending;
    if (shared.dataVersion === version && sameSettings(shared.settings, settings)) return shared;
  }
  const pending = (async () => {
    const { customers, movements, timeZone } = await withMerchant(db, merchantId, async (tx) => {
      const timeZone = await merchantTimeZone(tx, merchantId);
      const customers = await listAnalyticsCustomers(tx, merchantId);
      const movements = await listAnalyticsPurchases(tx, merchantId, timeZone);
      return { customers, movements, timeZone };
    });
    return computeCustomerMetrics({
      customers,
      movements,
      dataVersion: version,
      dataAsOf: latestAt,
      timeZone,
      now,
      asOfDay: localDay(now, timeZone),
      settings,
      ...(cached ? { previousFit: cached.fit } : {}),
    });
  })();
  entry.pending = pending;
  try {
    const metrics = await pending;
    entry.metrics = metrics;
    return metrics;
  } finally {
    if (entry.pending === pending) entry.pending = undefined;
  }
}

function sameSettings(a: AnalyticsSettings, b: AnalyticsSettings): boolean {
  return (Object.keys(a) as (keyof AnalyticsSettings)[]).every((key) => a[key] === b[key]);
}
