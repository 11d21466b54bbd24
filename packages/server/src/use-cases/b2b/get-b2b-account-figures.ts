import { paymentQuality, profitability, purchasePotential } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { findB2bAccount } from '../../repositories/b2b-accounts.ts';
import {
  accountInteractionTotals,
  accountNetSpend,
  accountSpendByCategory,
} from '../../repositories/b2b-activity.ts';
import { listInvoices } from '../../repositories/b2b-invoices.ts';
import { findServingCostSettings } from '../../repositories/interactions.ts';
import { loadAnalyticsSettings } from '../analytics/analytics-settings.ts';
import { dayToIso, localDay } from '../analytics/local-day.ts';
import { servingCost } from '../interactions/serving-cost.ts';
import type { MerchantScope } from '../scope.ts';
import { categorySpends } from './category-spends.ts';

const YEAR_MS = 365 * 86_400_000;

/**
 * The value figures of an account (seed 003) on the shop's local day: payment quality from
 * its invoices, the profitability index (margin on its contacts' net spend − the cost of
 * serving them), the purchase potential against comparable accounts, volume and seniority.
 */
export function getB2bAccountFigures(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  accountId: string,
) {
  const { db, merchantId, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const account = await findB2bAccount(tx, merchantId, accountId);
    if (!account) throw notFound('Account');
    const today = dayToIso(localDay(now, await merchantTimeZone(tx, merchantId)));
    const yearAgo = new Date(now.getTime() - YEAR_MS);
    const invoices = await listInvoices(tx, merchantId, accountId);
    const spend = await accountNetSpend(tx, merchantId, accountId, yearAgo);
    const cost = servingCost(
      await accountInteractionTotals(tx, merchantId, accountId),
      await findServingCostSettings(tx, merchantId),
    );
    const { marginRate } = await loadAnalyticsSettings(tx, merchantId);
    const spends = categorySpends(await accountSpendByCategory(tx, merchantId, yearAgo));
    return {
      asOf: today,
      payment: paymentQuality(
        invoices.map((i) => ({
          amountCents: i.amount_cents,
          issuedOn: i.issued_on,
          dueOn: i.due_on,
          paidOn: i.paid_on,
        })),
        today,
      ),
      profitability: {
        netSpendCents: spend.total,
        marginRate,
        servingCostComplete: cost.complete,
        ...profitability({
          netSpendCents: spend.total,
          marginRate,
          servingCostCents: cost.totalCents,
        }),
      },
      potential: purchasePotential(accountId, spends, {
        ownerEstimateCents: account.potential_estimate_cents,
      }),
      annualVolumeCents: spend.recent,
      customerSince: spend.first_at?.toISOString() ?? null,
    };
  });
}
