import { DAY_MS, simpleClvFromPurchases, type Transactions } from '@habitue/analytics';
import type { AnalyticsPeriod } from './analytics-period.ts';
import type { CustomerMetrics } from './customer-metrics.ts';
import { presentBacktest } from './forecast-backtest.ts';
import { freshness } from './freshness.ts';
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

/**
 * The dashboard's overview in two parts, so that each can be computed where the data are: the
 * shop's part (models, segments, customers slipping away: one per computation) needs the whole
 * metrics; the period's part (retention, activity, CLV, revenue, Pareto) needs only the
 * purchases' columns and who is a member since when — typed arrays that cross threads whole.
 */
export type PeriodInputs = {
  transactions: Transactions;
  /** The analysis day: purchases after it are left out. */
  asOfDay: number;
  /** Epoch ms by customer index; NaN for a customer who is not a member. */
  memberSince: Float64Array;
};

export type Periods = { current: AnalyticsPeriod; previous: AnalyticsPeriod };

/** Who is a member since when, by customer index (NaN: not a member). */
export function memberSinceOf(m: Pick<CustomerMetrics, 'customers'>): Float64Array {
  const since = new Float64Array(m.customers.length);
  m.customers.forEach((c, i) => {
    since[i] = c.member_since === null ? Number.NaN : c.member_since.getTime();
  });
  return since;
}

/** The overview's figures that do not depend on the period asked for. */
export function shopOverview(m: CustomerMetrics) {
  let members = 0;
  for (const c of m.customers) if (c.member_since !== null) members++;
  return {
    freshness: freshness(m),
    settings: m.settings,
    customers: { total: m.customers.length, members },
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
    segments: { items: segmentCounts(m), explanationKey: 'rfm' },
    slippingAway: { ...slippingAway(m), explanationKey: 'slippingAway' },
  };
}
export type ShopOverview = ReturnType<typeof shopOverview>;

/** The overview's figures of one period (compared with the one before it). */
export function periodOverview(inputs: PeriodInputs, { current, previous }: Periods) {
  const all = movementsAsPurchases(inputs.transactions, inputs.asOfDay);
  const retention = periodRetention(all, current);
  const activity = periodActivity(all, current);
  const simple = simpleClvFromPurchases(all, { asOf: (current.toDay + 1) * DAY_MS });
  return {
    period: {
      from: dayToIso(current.fromDay),
      to: dayToIso(current.toDay),
      days: current.toDay - current.fromDay + 1,
      previousFrom: dayToIso(previous.fromDay),
      previousTo: dayToIso(previous.toDay),
    },
    customers: { activeInPeriod: activity.customers, activeInPreviousPeriod: retention.atStart },
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
    membersVsNonMembers: {
      ...membersSplit(inputs.memberSince, all, current),
      explanationKey: 'members',
    },
    simpleClv: {
      clvCents: simple.clvCents,
      inputs: simple.inputs,
      annualChurnPercent: simple.annualChurnPercent,
      formula: 'CLV = average basket × purchases per year × years of relationship',
      explanationKey: 'simpleClv',
    },
    revenueTrend: { months: monthlyRevenue(all, current), explanationKey: 'revenueTrend' },
    pareto: { ...paretoOfPeriod(all, current), explanationKey: 'pareto' },
  };
}
export type PeriodOverview = ReturnType<typeof periodOverview>;

/** The two parts as the dashboard receives them (in the order its answer has always had). */
export function assembleOverview(shop: ShopOverview, period: PeriodOverview) {
  return {
    period: period.period,
    freshness: shop.freshness,
    settings: shop.settings,
    customers: {
      total: shop.customers.total,
      members: shop.customers.members,
      activeInPeriod: period.customers.activeInPeriod,
      activeInPreviousPeriod: period.customers.activeInPreviousPeriod,
      explanationKey: 'customers',
    },
    retention: period.retention,
    activity: period.activity,
    membersVsNonMembers: period.membersVsNonMembers,
    simpleClv: period.simpleClv,
    predictiveClv: shop.predictiveClv,
    seasons: shop.seasons,
    backtest: shop.backtest,
    revenueTrend: period.revenueTrend,
    segments: shop.segments,
    pareto: period.pareto,
    slippingAway: shop.slippingAway,
  };
}
export type AnalyticsOverview = ReturnType<typeof assembleOverview>;

/** The shop's part and the default period's, computed together with the figures. */
export type FirstOverview = { shop: ShopOverview; periodKey: string; period: PeriodOverview };

export const periodKeyOf = ({ current }: Periods) => `${current.fromDay}:${current.toDay}`;
