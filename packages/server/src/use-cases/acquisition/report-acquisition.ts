import {
  type AcquiredHistory,
  acquisitionChannelOf,
  acquisitionCosts,
  addMonthsToMonth,
  type ChannelKey,
  countsAsAcquiredHere,
  customerCapital,
  type DatedRevenue,
  monthOf,
  paybackOf,
} from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import {
  listAcquisitionChannels,
  listAcquisitionFacts,
  listAcquisitionSpend,
  listDailyRevenue,
} from '../../repositories/acquisition.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { loadAnalyticsSettings } from '../analytics/analytics-settings.ts';
import { dayToIso, localDay } from '../analytics/local-day.ts';
import type { MerchantScope } from '../scope.ts';
import { channelOfStored } from './spend-channel.ts';

/** The longest period the report covers, in months. */
export const MAX_REPORT_MONTHS = 36;

/**
 * Acquisition against retention over the last `months` months (this one included): new
 * customers by channel, both budgets, cost per acquired customer, months for their margin to
 * pay it back (margin rate from the shop's value settings), and the last 12 months' revenue
 * and retention by seniority year.
 */
export function reportAcquisition(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  input: { months: number },
) {
  const { db, merchantId, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const timeZone = await merchantTimeZone(tx, merchantId);
    const asOf = dayToIso(localDay(now, timeZone));
    const toMonth = monthOf(asOf);
    const fromMonth = addMonthsToMonth(toMonth, 1 - input.months);
    const [facts, revenue, spendRows, channelRows, settings] = await Promise.all([
      listAcquisitionFacts(tx, merchantId, timeZone),
      listDailyRevenue(tx, merchantId, timeZone),
      listAcquisitionSpend(tx, merchantId, `${fromMonth}-01`, `${toMonth}-01`),
      listAcquisitionChannels(tx, merchantId),
      loadAnalyticsSettings(tx, merchantId),
    ]);
    const purchasesOf = new Map<string, DatedRevenue[]>();
    for (const r of revenue) {
      const list = purchasesOf.get(r.customer_id) ?? [];
      list.push({ on: r.day, netCents: r.net_cents });
      purchasesOf.set(r.customer_id, list);
    }
    const customers: AcquiredHistory[] = facts.map((f) => ({
      customerId: f.customer_id,
      channel: acquisitionChannelOf({
        referred: f.referred,
        answeredChannelId: f.channel_id,
        imported: f.imported,
      }),
      acquiredOn: f.acquired_on,
      purchases: purchasesOf.get(f.customer_id) ?? [],
    }));
    const costs = acquisitionCosts({
      customers,
      spend: spendRows.map((s) => ({
        month: s.month.slice(0, 7),
        budget: s.budget,
        channel: channelOfStored(s.channel),
        amountCents: s.amount_cents,
      })),
      fromMonth,
      toMonth,
    });
    const inPeriod = customers.filter(
      (c) => monthOf(c.acquiredOn) >= fromMonth && monthOf(c.acquiredOn) <= toMonth,
    );
    const payback = (cohort: AcquiredHistory[], cost: number | null) => {
      const p = paybackOf({
        customers: cohort,
        costPerCustomerCents: cost,
        marginRate: settings.marginRate,
        asOf,
      });
      return { ...p, curve: [...p.curve] };
    };
    const capital = customerCapital({ customers, asOf });
    const labels = new Map(channelRows.map((c) => [`channel:${c.id}`, c]));
    const describe = (key: ChannelKey) => {
      const row = labels.get(key);
      return { key, label: row?.label ?? null, archived: row ? row.archived_at !== null : false };
    };
    return {
      asOf,
      fromMonth,
      toMonth,
      marginRate: settings.marginRate,
      channels: [
        ...new Set<ChannelKey>([
          ...costs.channels.map((c) => c.channel),
          ...channelRows.map((c) => `channel:${c.id}` as const),
        ]),
      ].map(describe),
      months: costs.months.map((m) => ({
        ...m,
        newCustomers: Object.entries(m.newCustomers).map(([channel, count]) => ({
          channel: channel as ChannelKey,
          count: count ?? 0,
        })),
      })),
      byChannel: costs.channels.map((c) => ({
        ...c,
        payback: countsAsAcquiredHere(c.channel)
          ? payback(
              inPeriod.filter((x) => x.channel === c.channel),
              c.costPerCustomerCents,
            )
          : null,
      })),
      total: {
        ...costs.totals,
        payback: payback(
          inPeriod.filter((c) => countsAsAcquiredHere(c.channel)),
          costs.totals.developmentCents > 0 ? costs.totals.costPerCustomerCents : null,
        ),
      },
      capital: { ...capital, years: [...capital.years] },
    };
  });
}
