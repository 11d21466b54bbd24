import { fittedFromText, fittedToText } from '@habitue/analytics';
import type { Kysely } from 'kysely';
import { decodeFigures, encodeFigures } from '../../analytics-worker/metrics-messages.ts';
import { metricsPool } from '../../analytics-worker/metrics-pool.ts';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import {
  findAnalyticsFigures,
  saveAnalyticsFigures,
} from '../../repositories/analytics-figures.ts';
import { findAnalyticsFit, saveAnalyticsFit } from '../../repositories/analytics-fits.ts';
import {
  analyticsDataVersion,
  listAnalyticsCustomers,
  listAnalyticsPurchases,
  merchantTimeZone,
} from '../../repositories/analytics-history.ts';
import type { MerchantScope } from '../scope.ts';
import { type AnalyticsSettings, loadAnalyticsSettings } from './analytics-settings.ts';
import type { CustomerMetrics } from './customer-metrics.ts';
import type { DashboardFit } from './fit-value-models.ts';
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
  const { version, latestAt, settings } = await withMerchant(db, merchantId, async (tx) => ({
    ...(await analyticsDataVersion(tx, merchantId)),
    settings: await loadAnalyticsSettings(tx, merchantId),
  }));
  const cached = entry.metrics;
  if (
    cached &&
    cached.dataVersion === version &&
    sameSettings(cached.settings, settings) &&
    fresh(cached.computedAt, now, settings)
  )
    return cached;
  if (entry.pending) {
    const shared = await entry.pending;
    if (shared.dataVersion === version && sameSettings(shared.settings, settings)) return shared;
  }
  const pending = (async () => {
    const { customers, movements, timeZone, stored, storedFigures } = await withMerchant(
      db,
      merchantId,
      async (tx) => {
        const timeZone = await merchantTimeZone(tx, merchantId);
        const customers = await listAnalyticsCustomers(tx, merchantId);
        // Another process's figures for these very data, when this one has none as fresh.
        const row = await findAnalyticsFigures(tx, merchantId, version);
        const storedFigures =
          row && fresh(row.computed_at, now, settings) && sameSettings(settings, row.settings)
            ? decodeFigures(row.figures, customers)
            : null;
        if (storedFigures)
          return { customers, movements: [], timeZone, stored: undefined, storedFigures };
        const movements = await listAnalyticsPurchases(tx, merchantId, timeZone);
        // Another process's fit, when this one has none yet (just started, or never asked).
        const stored = cached ? undefined : await findAnalyticsFit(tx, merchantId);
        return { customers, movements, timeZone, stored, storedFigures: null };
      },
    );
    if (storedFigures) return { ...storedFigures, customers } satisfies CustomerMetrics;
    const previousFit = cached?.fit ?? storedFit(stored);
    // In a worker thread: the fits take seconds of CPU that requests must not wait behind.
    const figures = await metricsPool().compute({
      customers: customers.map(({ id }) => ({ id })),
      movements,
      dataVersion: version,
      dataAsOf: latestAt,
      timeZone,
      now,
      asOfDay: localDay(now, timeZone),
      settings,
      ...(previousFit ? { previousFit } : {}),
      ...(cached ? { previousBacktest: cached.backtest } : {}),
    });
    const metrics: CustomerMetrics = { ...figures, customers };
    // (Compared by date: the fit came back from the worker as a copy.)
    if (metrics.fit.fittedAt !== previousFit?.fittedAt && metrics.fit.fitted.purchase) {
      // A new fit: the other processes predict from it too.
      const fit = {
        fitted: fittedToText(metrics.fit.fitted),
        fittedAt: new Date(metrics.fit.fittedAt),
      };
      await withMerchant(db, merchantId, (tx) => saveAnalyticsFit(tx, merchantId, fit));
    }
    // And the figures themselves, for the processes that ask about the same data.
    const row = {
      dataVersion: version,
      settings,
      computedAt: now,
      figures: encodeFigures(figures),
    };
    await withMerchant(db, merchantId, (tx) => saveAnalyticsFigures(tx, merchantId, row));
    return metrics;
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

/** Younger than the merchant's max age (recency and T move on with the clock). */
function fresh(computedAt: Date, now: Date, settings: AnalyticsSettings): boolean {
  const age = now.getTime() - computedAt.getTime();
  return age >= 0 && age < settings.maxAgeMinutes * 60_000;
}

function sameSettings(a: AnalyticsSettings, b: unknown): boolean {
  const other = (b ?? {}) as Record<string, unknown>;
  return (Object.keys(a) as (keyof AnalyticsSettings)[]).every((key) => a[key] === other[key]);
}

function storedFit(
  stored: { fitted: string; fitted_at: Date } | undefined,
): DashboardFit | undefined {
  const fitted = stored ? fittedFromText(stored.fitted) : null;
  return stored && fitted ? { fitted, fittedAt: stored.fitted_at.toISOString() } : undefined;
}
