import {
  type ControlledAction,
  comparisonCustomers,
  DAY_MS,
  programRoiEstimate,
  rollUpControlGroups,
} from '@habitue/analytics';
import { OCCASIONS } from '../../automations/registry.ts';
import { withMerchant } from '../../db/tenant.ts';
import { listCampaignRows } from '../../repositories/campaigns.ts';
import { listVoucherTraces } from '../../repositories/liability-history.ts';
import { getAutomationResults } from '../automations/get-automation-results.ts';
import { getCampaignResults } from '../campaigns/get-campaign-results.ts';
import type { MerchantScope } from '../scope.ts';
import { loadCustomerMetrics } from './load-customer-metrics.ts';
import { dayToIso } from './local-day.ts';
import { movementsAsPurchases } from './movements-as-purchases.ts';

/** The period judged: the last year (and the year before it, to match customers on). */
const PERIOD_DAYS = 365;
/** Campaigns looked at: the most recent ones, enough for a year of a small shop's sending. */
const CAMPAIGNS = 100;
/** z of an 80 % interval. */
const Z_80 = 1.2815515655446004;

type Difference = {
  revenuePerCustomerCents: {
    difference: number | null;
    interval90: { low: number; high: number } | null;
  };
} | null;

/**
 * Does the program pay? Over the last year: members against comparable non-members (same
 * spend the year before, same seniority) — the extra margin per member times the members —
 * against what the rewards cost (vouchers used, at cost price); and next to it, the campaigns'
 * and automations' control groups rolled up into the extra revenue the messages brought, each
 * with an 80 % interval (docs/analytics/program-returns.md).
 */
export async function getProgramReturns(scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>) {
  const m = await loadCustomerMetrics(scope);
  const end = (m.asOfDay + 1) * DAY_MS;
  const start = end - PERIOD_DAYS * DAY_MS;
  const memberSince = new Map(
    m.customers.map((c) => [
      c.id,
      c.member_since === null ? null : new Date(c.member_since).getTime(),
    ]),
  );
  const purchases = movementsAsPurchases(m.transactions, m.asOfDay).map((p) => ({
    ...p,
    customerId: m.customers[Number(p.customerId)]?.id ?? p.customerId,
  }));
  const { rewardCostCents, campaigns } = await withMerchant(
    scope.db,
    scope.merchantId,
    async (tx) => {
      let cost = 0;
      for (const traces of (await listVoucherTraces(tx, scope.merchantId)).values()) {
        for (const v of traces) {
          const at = v.closedAt?.getTime();
          if (v.closedAs === 'used' && at !== undefined && at >= start && at < end)
            cost += v.costPriceCents;
        }
      }
      const rows = await listCampaignRows(tx, scope.merchantId, CAMPAIGNS);
      return {
        rewardCostCents: cost,
        campaigns: rows.filter((c) => c.sent_at !== null && c.sent_at.getTime() >= start),
      };
    },
  );
  const estimate = programRoiEstimate(
    comparisonCustomers(purchases, {
      preStart: start - PERIOD_DAYS * DAY_MS,
      start,
      end,
      // Members for the whole year judged: who joined during it is neither group's fair match.
      isMember: (id) => {
        const since = memberSince.get(id);
        return since !== null && since !== undefined && since < start;
      },
      margin: { kind: 'rate', rate: m.settings.marginRate },
    }),
    { programCostCents: rewardCostCents },
  );
  const c = estimate.comparison;
  const se = c.standardErrorCents === null ? null : c.standardErrorCents * c.members;
  const actions = [
    ...(await Promise.all(
      campaigns.map(async (row) => {
        const r = await getCampaignResults(scope, row.id);
        return action(
          'campaign',
          row.id,
          row.name,
          r.sentGroup.customers,
          r.controlGroup.customers,
          r.difference,
        );
      }),
    )),
    ...(await Promise.all(
      OCCASIONS.map(async (o) => {
        const r = await getAutomationResults(scope, o.id);
        return action(
          'automation',
          o.id,
          null,
          r.sentGroup.customers,
          r.controlGroup.customers,
          r.difference,
        );
      }),
    )),
  ].filter((a) => a.sent > 0 || a.control > 0);
  const rolled = rollUpControlGroups(actions);
  return {
    period: { from: dayToIso(m.asOfDay - PERIOD_DAYS + 1), to: dayToIso(m.asOfDay) },
    members: {
      members: c.members,
      matchedMembers: c.matchedMembers,
      extraMarginPerMemberCents: c.perMemberCents,
      incrementalMarginCents: estimate.incrementalMarginCents,
      incrementalMarginIntervalCents:
        estimate.incrementalMarginCents === null || se === null
          ? null
          : ([
              estimate.incrementalMarginCents - Z_80 * se,
              estimate.incrementalMarginCents + Z_80 * se,
            ] as [number, number]),
      rewardCostCents,
      roi: estimate.roi,
      limitations: estimate.limitations.map((l) => l.key),
    },
    actions: actions.map(({ interval90: _i, revenuePerCustomerDifferenceCents, ...a }) => ({
      ...a,
      extraRevenuePerCustomerCents: revenuePerCustomerDifferenceCents,
    })),
    rolledUp: rolled && {
      measured: rolled.measured,
      customers: rolled.customers,
      incrementalRevenueCents: rolled.incrementalRevenueCents,
      incrementalRevenueIntervalCents: rolled.interval80,
      incrementalMarginCents: rolled.incrementalRevenueCents * m.settings.marginRate,
    },
    marginRate: m.settings.marginRate,
    explanationKey: 'programReturns',
  };
}

function action(
  kind: 'campaign' | 'automation',
  id: string,
  name: string | null,
  sent: number,
  control: number,
  difference: Difference,
): ControlledAction & { kind: typeof kind; id: string; name: string | null } {
  const revenue = difference?.revenuePerCustomerCents ?? null;
  return {
    kind,
    id,
    name,
    sent,
    control,
    revenuePerCustomerDifferenceCents: revenue?.difference ?? null,
    interval90: revenue?.interval90 ?? null,
  };
}
