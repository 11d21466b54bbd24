import { withMerchant } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { causeMonths, listCausePayments, listCauseRows } from '../../repositories/causes.ts';
import type { ExportColumn, ExportRow, ExportTable } from '../exports/columns.ts';
import type { MerchantScope } from '../scope.ts';

const COLUMNS = [
  { key: 'cause', label: { fr: 'Cause', en: 'Cause' }, kind: 'text' },
  { key: 'month', label: { fr: 'Mois', en: 'Month' }, kind: 'text' },
  { key: 'given', label: { fr: 'Part des achats', en: 'Share of purchases' }, kind: 'cents' },
  {
    key: 'takenBack',
    label: { fr: 'Repris (remboursements)', en: 'Taken back (refunds)' },
    kind: 'cents',
  },
  { key: 'net', label: { fr: 'Net dû', en: 'Net owed' }, kind: 'cents' },
  { key: 'paidOn', label: { fr: 'Versement le', en: 'Paid on' }, kind: 'text' },
  { key: 'paid', label: { fr: 'Versé', en: 'Paid' }, kind: 'cents' },
  { key: 'reference', label: { fr: 'Référence', en: 'Reference' }, kind: 'text' },
] as const satisfies readonly ExportColumn[];

/**
 * The file for the donation receipt (reçu fiscal): per cause, what purchases gave each month of
 * the period net of refunds, then each payment made to it in the period.
 */
export async function exportCauseDonations(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  period: { from: string; to: string },
): Promise<ExportTable> {
  const rows = await withMerchant(scope.db, scope.merchantId, async (tx) => {
    const timeZone = await merchantTimeZone(tx, scope.merchantId);
    const [causes, months, payments] = await Promise.all([
      listCauseRows(tx, scope.merchantId),
      causeMonths(tx, scope.merchantId, { timeZone, fromDay: period.from, toDay: period.to }),
      listCausePayments(tx, scope.merchantId),
    ]);
    const out: ExportRow[] = [];
    for (const cause of causes) {
      for (const m of months.filter((r) => r.cause_id === cause.id)) {
        out.push({
          cause: cause.name,
          month: m.month,
          given: m.given,
          takenBack: m.taken_back,
          net: m.given - m.taken_back,
        });
      }
      for (const p of payments
        .filter(
          (r) => r.cause_id === cause.id && r.paid_on >= period.from && r.paid_on <= period.to,
        )
        .reverse()) {
        out.push({
          cause: cause.name,
          paidOn: p.paid_on,
          paid: p.amount_cents,
          reference: p.reference,
        });
      }
    }
    return { out, timeZone };
  });
  async function* iterate() {
    yield* rows.out;
  }
  return { name: 'dons-causes', columns: COLUMNS, timeZone: rows.timeZone, rows: iterate() };
}
