import { metricsPool } from '../../analytics-worker/metrics-pool.ts';
import type { MerchantScope } from '../scope.ts';
import { resolvePeriod } from './analytics-period.ts';
import type { CustomerMetrics } from './customer-metrics.ts';
import { loadCustomerMetrics } from './load-customer-metrics.ts';
import {
  type AnalyticsOverview,
  assembleOverview,
  memberSinceOf,
  type PeriodOverview,
  periodKeyOf,
  type ShopOverview,
  shopOverview,
} from './overview-figures.ts';

/**
 * The owner's dashboard: customer counts, retention, frequency, basket, members vs
 * non-members, simple and predictive CLV, revenue trend, RFM segments, Pareto and the
 * customers slipping away, for a period (default: the last 12 months, compared with the 12
 * before). Every figure carries the key of its explanation.
 *
 * At 100,000 customers one overview is more than a second of CPU: with a worker thread, the
 * default period's was computed there along with the figures, and another period's is computed
 * there on request, so that the server thread (every till's requests) never waits behind it.
 */
export async function getAnalyticsOverview(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  input: { from?: string; to?: string },
): Promise<AnalyticsOverview> {
  const m = await loadCustomerMetrics(scope);
  const periods = resolvePeriod(m.asOfDay, input.from, input.to);
  const known = overviewsOf(m);
  const key = periodKeyOf(periods);
  let period = known.periods.get(key);
  if (!period) {
    period = metricsPool().periodOverview(
      { transactions: m.transactions, asOfDay: m.asOfDay, memberSince: memberSinceOf(m) },
      periods,
    );
    known.periods.set(key, period);
    // A computation that failed is tried again by the next request.
    period.catch(() => {
      if (known.periods.get(key) === period) known.periods.delete(key);
    });
  }
  return assembleOverview(shopPart(m, known), await period);
}

/** What is known of one computation's overview: its shop part and its periods' parts. */
type Known = { shop?: ShopOverview; periods: Map<string, Promise<PeriodOverview>> };

const overviews = new WeakMap<CustomerMetrics, Known>();

function overviewsOf(m: CustomerMetrics): Known {
  let known = overviews.get(m);
  if (!known) {
    known = { periods: new Map() };
    if (m.firstOverview) {
      known.shop = m.firstOverview.shop;
      known.periods.set(m.firstOverview.periodKey, Promise.resolve(m.firstOverview.period));
    }
    overviews.set(m, known);
  }
  return known;
}

/** Without a worker thread, the shop's part is computed here, once per computation. */
function shopPart(m: CustomerMetrics, known: Known): ShopOverview {
  known.shop ??= shopOverview(m);
  return known.shop;
}
