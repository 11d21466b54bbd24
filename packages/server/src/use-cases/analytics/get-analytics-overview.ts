import type { Purchase } from '@habitue/analytics';
import { DAY_MS, simpleClvFromPurchases } from '@habitue/analytics';
import type { MerchantScope } from '../scope.ts';
import { resolvePeriod } from './analytics-period.ts';
import type { CustomerMetrics } from './customer-metrics.ts';
import { presentBacktest } from './forecast-backtest.ts';
import { freshness } from './freshness.ts';
import { loadCustomerMetrics } from './load-customer-metrics.ts';
import { dayToIso } from './local-day.ts';
import { movementsAsPurchases } from './movements-as-purchases.ts';
import {
  membersSplit,
  monthlyRevenue,
  paretoOfPeriod,
  periodActivity,
  periodRetention,
} from './overview-measures.ts';
import { presentSeasons } from './present-seasons.ts';
import { predictedClv, segmentCounts, slippingAway } from './value-overview.ts';

/** The purchases as measure inputs, built once per computation. */
const purchasesOf = new WeakMap<CustomerMetrics, Purchase[]>();

function purchases(m: CustomerMetrics): Purchase[] {
  const known = purchasesOf.get(m);
  if (known) return known;
  const built = movementsAsPurchases(m.transactions, m.asOfDay);
  purchasesOf.set(m, built);
  return built;
}

/**
 * The owner's dashboard: customer counts, retention, frequency, basket, members vs
 * non-members, simple and predictive CLV, revenue trend, RFM segments, Pareto and the
 * customers slipping away, for a period (default: the last 12 months, compared with the 12
 * before). Every figure carries the key of its explanation.
 */
export async function getAnalyticsOverview(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  input: { from?: string; to?: string },
) {
  const m = await loadCustomerMetrics(scope);
  const periods = resolvePeriod(m.asOfDay, input.from, input.to);
  const key = `${periods.current.fromDay}:${periods.current.toDay}`;
  const known = overviews.get(m)?.get(key);
  if (known) return known;
  const figures = computeOverview(m, periods);
  const byPeriod = overviews.get(m) ?? new Map<string, ReturnType<typeof computeOverview>>();
  byPeriod.set(key, figures);
  overviews.set(m, byPeriod);
  return figures;
}

/** Overviews already computed from one computation, by period. */
const overviews = new WeakMap<CustomerMetrics, Map<string, ReturnType<typeof computeOverview>>>();

function computeOverview(
  m: CustomerMetrics,
  { current, previous }: ReturnType<typeof resolvePeriod>,
) {
  const all = purchases(m);
  const retention = periodRetention(all, current);
  const activity = periodActivity(all, current);
  const simple = simpleClvFromPurchases(all, { asOf: (current.toDay + 1) * DAY_MS });
  let members = 0;
  for (const c of m.customers) if (c.member_since !== null) members++;
  return {
    period: {
      from: dayToIso(current.fromDay),
      to: dayToIso(current.toDay),
      days: current.toDay - current.fromDay + 1,
      previousFrom: dayToIso(previous.fromDay),
      previousTo: dayToIso(previous.toDay),
    },
    freshness: freshness(m),
    settings: m.settings,
    customers: {
      total: m.customers.length,
      members,
      activeInPeriod: activity.customers,
      activeInPreviousPeriod: retention.atStart,
      explanationKey: 'customers',
    },
    retention: {
      atStart: retention.atStart,
      atEnd: retention.atEnd,
      newDuringPeriod: retention.newDuringPeriod,
      retained: retention.retained,
      reactivated: retention.reactivated,
      lost: retention.lost,
      crrPercent: retention.retentionRatePercent,
      strictRetentionPercent: retention.strictRetentionRatePercent,
      churnPercent: retention.churnRatePercent,
      formula: 'CRR = ((E − N) / S) × 100',
      explanationKey: 'crr',
    },
    activity: {
      current: activity,
      previous: periodActivity(all, previous),
      explanationKey: 'activity',
    },
    membersVsNonMembers: { ...membersSplit(m, all, current), explanationKey: 'members' },
    simpleClv: {
      clvCents: simple.clvCents,
      inputs: simple.inputs,
      annualChurnPercent: simple.annualChurnPercent,
      formula: 'CLV = average basket × purchases per year × years of relationship',
      explanationKey: 'simpleClv',
    },
    predictiveClv: {
      ...predictedClv(m),
      models: m.models,
      horizonMonths: m.settings.horizonMonths,
      marginRate: m.settings.marginRate,
      monthlyDiscountRate: m.settings.monthlyDiscountRate,
      explanationKey: 'predictiveClv',
    },
    seasons: presentSeasons(m.seasons),
    backtest: presentBacktest(m.backtest.backtest),
    revenueTrend: { months: monthlyRevenue(all, current), explanationKey: 'revenueTrend' },
    segments: { items: segmentCounts(m), explanationKey: 'rfm' },
    pareto: { ...paretoOfPeriod(all, current), explanationKey: 'pareto' },
    slippingAway: { ...slippingAway(m), explanationKey: 'slippingAway' },
  };
}
