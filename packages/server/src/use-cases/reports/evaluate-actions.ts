import { DAY_MS, evaluateActions, monthsEndingWith } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { listReferralArrivals } from '../../repositories/steering-history.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import { dayToIso, localDay } from '../analytics/local-day.ts';
import { movementsAsPurchases } from '../analytics/movements-as-purchases.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Seed 002's figures for judging the shop's actions, month by month up to `lastMonth` (default:
 * the current month, so far): new customers, loyal customers, revenue per customer, customers
 * who came through a referral. Months are the shop's calendar months.
 */
export async function getActionEvaluation(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  input: { months: number; lastMonth?: string | undefined },
) {
  const m = await loadCustomerMetrics(scope);
  const today = localDay(scope.now, m.timeZone);
  const referrals = await withMerchant(scope.db, scope.merchantId, (tx) =>
    listReferralArrivals(tx, scope.merchantId),
  );
  const keyOf = (id: string) => String(m.indexOf.get(id) ?? id);
  const months = monthsEndingWith(input.lastMonth ?? dayToIso(today).slice(0, 7), input.months);
  return {
    months: evaluateActions(
      movementsAsPurchases(m.transactions, today),
      referrals.map((r) => ({
        refereeId: keyOf(r.referee_id),
        at: localDay(r.created_at, m.timeZone) * DAY_MS,
      })),
      months,
    ),
    currentMonth: dayToIso(today).slice(0, 7),
  };
}
