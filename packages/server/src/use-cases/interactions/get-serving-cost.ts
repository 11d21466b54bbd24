import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import {
  customerNetSpendCents,
  findServingCostSettings,
  interactionTotals,
} from '../../repositories/interactions.ts';
import { loadAnalyticsSettings } from '../analytics/analytics-settings.ts';
import type { MerchantScope } from '../scope.ts';
import { servingCost } from './serving-cost.ts';

/**
 * What serving a customer costs next to the margin they bring (seed 004): the margin is their
 * net spend × the shop's margin rate, the cost comes from the interactions. `profitCents` is
 * their difference, the profitability index of the priority list.
 */
export function getServingCost(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const totals = await interactionTotals(tx, scope.merchantId, customerId);
    const settings = await findServingCostSettings(tx, scope.merchantId);
    const netSpendCents = await customerNetSpendCents(tx, scope.merchantId, customerId);
    const { marginRate } = await loadAnalyticsSettings(tx, scope.merchantId);
    const marginCents = Math.round(netSpendCents * marginRate);
    const cost = servingCost(totals, settings);
    return {
      interactions: totals.count,
      minutesSpent: totals.minutes,
      openDisputes: totals.openDisputes,
      cost,
      settings,
      netSpendCents,
      marginRate,
      marginCents,
      profitCents: marginCents - cost.totalCents,
    };
  });
}
