import { withMerchant } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { causeTotals, listCausePayments, listCauseRows } from '../../repositories/causes.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * What the shop owes each cause for a period of its calendar (days `from`–`to` included):
 * shares given, taken back by refunds, payments made, and the balance owed at the end of the
 * period; with the payments on record.
 */
export function getCauseTotals(scope: MerchantScope, period: { from: string; to: string }) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const timeZone = await merchantTimeZone(tx, scope.merchantId);
    const [causes, totals, payments] = await Promise.all([
      listCauseRows(tx, scope.merchantId),
      causeTotals(tx, scope.merchantId, { timeZone, fromDay: period.from, toDay: period.to }),
      listCausePayments(tx, scope.merchantId),
    ]);
    const names = new Map(causes.map((c) => [c.id, c.name]));
    return {
      from: period.from,
      to: period.to,
      causes: totals.map((t) => ({
        causeId: t.cause_id,
        name: names.get(t.cause_id) ?? '',
        givenCents: t.given,
        takenBackCents: t.taken_back,
        netCents: t.given - t.taken_back,
        paidCents: t.paid,
        owedCents: t.owed,
      })),
      payments: payments.map((p) => ({
        id: p.id,
        causeId: p.cause_id,
        amountCents: p.amount_cents,
        paidOn: p.paid_on,
        reference: p.reference,
      })),
    };
  });
}
