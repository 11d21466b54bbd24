import {
  type AccountPriorityFacts,
  type CustomerPriorityFacts,
  type PriorityEntry,
  paymentQuality,
  priorityList,
  prioritySubjects,
  purchasePotential,
} from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { listAllB2bContacts, listB2bAccounts } from '../../repositories/b2b-accounts.ts';
import { accountSpendByCategory } from '../../repositories/b2b-activity.ts';
import { listAllInvoices } from '../../repositories/b2b-invoices.ts';
import { findServingCostSettings } from '../../repositories/interactions.ts';
import {
  findPriorityWeights,
  interactionCostsByCustomer,
} from '../../repositories/priority-inputs.ts';
import { customerValue } from '../analytics/customer-value-row.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import { dayToIso, localDay } from '../analytics/local-day.ts';
import { categorySpends } from '../b2b/category-spends.ts';
import { servingCost } from '../interactions/serving-cost.ts';
import type { MerchantScope } from '../scope.ts';
import { weightsOf } from './get-priority-weights.ts';

const YEAR_MS = 365 * 86_400_000;
/** The "fort potentiel" filter: the potential component in the top third. */
export const HIGH_POTENTIAL = 2 / 3;

export type PriorityRow = PriorityEntry & {
  subject: { type: 'customer' | 'account'; id: string; name: string };
  highPotential: boolean;
};

/**
 * The priority list (seeds 003 and 004): every business account (its contacts together) and
 * every other customer who bought, ranked by the priority score with the shop's weights, each
 * with the components that make its score.
 */
export async function getPriorityList(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  options: { highPotentialOnly: boolean; limit: number },
) {
  const { db, merchantId, now } = scope;
  const metrics = await loadCustomerMetrics(scope);
  const yearAgo = new Date(now.getTime() - YEAR_MS);
  const data = await withMerchant(db, merchantId, async (tx) => ({
    today: dayToIso(localDay(now, await merchantTimeZone(tx, merchantId))),
    accounts: await listB2bAccounts(tx, merchantId),
    contacts: await listAllB2bContacts(tx, merchantId),
    invoices: await listAllInvoices(tx, merchantId),
    spends: categorySpends(await accountSpendByCategory(tx, merchantId, yearAgo)),
    costs: await interactionCostsByCustomer(tx, merchantId, yearAgo),
    settings: await findServingCostSettings(tx, merchantId),
    weights: weightsOf(await findPriorityWeights(tx, merchantId)),
  }));
  const costOf = new Map(data.costs.map((c) => [c.customer_id, c]));
  const names = new Map<string, string>();
  const customers: CustomerPriorityFacts[] = [];
  for (let i = 0; i < metrics.customers.length; i += 1) {
    const value = customerValue(metrics, i);
    const row = metrics.customers[i]!;
    names.set(
      `customer:${row.id}`,
      [row.first_name, row.last_name].filter(Boolean).join(' ') || row.email || '',
    );
    const cost = costOf.get(row.id);
    const totals = (minutes: number, concededCents: number, lateCentDays: number) =>
      servingCost(
        { count: 0, minutes, concededCents, lateCentDays, openDisputes: 0 },
        data.settings,
      ).totalCents;
    customers.push({
      customerId: row.id,
      annualSpendCents: value.annualSpendCents,
      predictedAnnualCents:
        value.expectedPurchases !== null && value.expectedAverageSpendCents !== null
          ? Math.round(value.expectedPurchases * value.expectedAverageSpendCents)
          : null,
      netSpendCents: value.totalSpendCents,
      firstPurchaseOn: value.firstVisit,
      servingCostCents: cost ? totals(cost.minutes, cost.conceded_cents, cost.late_cent_days) : 0,
      conflictCostCents: cost
        ? totals(cost.conflict_minutes, cost.conflict_conceded_cents, cost.conflict_late_cent_days)
        : 0,
    });
  }
  const accounts: AccountPriorityFacts[] = data.accounts.map((a) => {
    names.set(`account:${a.id}`, a.company_name);
    return {
      accountId: a.id,
      contactIds: data.contacts.filter((k) => k.account_id === a.id).map((k) => k.customer_id),
      payment: paymentQuality(
        data.invoices
          .filter((v) => v.account_id === a.id)
          .map((v) => ({
            amountCents: v.amount_cents,
            issuedOn: v.issued_on,
            dueOn: v.due_on,
            paidOn: v.paid_on,
          })),
        data.today,
      ),
      potentialCents: purchasePotential(a.id, data.spends, {
        ownerEstimateCents: a.potential_estimate_cents,
      }).potentialCents,
    };
  });
  const inputs = prioritySubjects(customers, accounts, {
    marginRate: metrics.settings.marginRate,
    today: data.today,
  }).filter(
    (input) =>
      input.customerId.startsWith('account:') ||
      input.annualVolumeCents > 0 ||
      input.predictedAnnualValueCents > 0,
  );
  const ranked = inputs.length === 0 ? [] : priorityList(inputs, { weights: data.weights });
  const rows: PriorityRow[] = ranked.map((entry) => {
    const [type, id] = entry.customerId.split(':') as ['customer' | 'account', string];
    const growth = entry.components.find((c) => c.component === 'growth')!;
    return {
      ...entry,
      subject: { type, id, name: names.get(entry.customerId) ?? '' },
      highPotential: growth.normalised >= HIGH_POTENTIAL,
    };
  });
  const shown = options.highPotentialOnly ? rows.filter((r) => r.highPotential) : rows;
  return {
    asOf: data.today,
    weights: data.weights,
    total: rows.length,
    items: shown.slice(0, options.limit),
  };
}
