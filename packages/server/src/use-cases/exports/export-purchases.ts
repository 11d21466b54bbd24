import { purchasesPage } from '../../repositories/exports.ts';
import type { MerchantScope } from '../scope.ts';
import type { ExportColumn, ExportTable } from './columns.ts';
import { merchantTimeZone, pagedRows } from './paged-rows.ts';

const COLUMNS = [
  { key: 'id', label: { fr: 'Achat', en: 'Purchase' }, kind: 'text' },
  { key: 'date', label: { fr: 'Date', en: 'Date' }, kind: 'datetime' },
  { key: 'customerId', label: { fr: 'Client', en: 'Customer' }, kind: 'text' },
  { key: 'firstName', label: { fr: 'Prénom', en: 'First name' }, kind: 'text' },
  { key: 'lastName', label: { fr: 'Nom', en: 'Last name' }, kind: 'text' },
  { key: 'amount', label: { fr: 'Montant', en: 'Amount' }, kind: 'cents' },
  { key: 'refunded', label: { fr: 'Remboursé', en: 'Refunded' }, kind: 'cents' },
  { key: 'net', label: { fr: 'Net', en: 'Net' }, kind: 'cents' },
  { key: 'location', label: { fr: 'Point de vente', en: 'Location' }, kind: 'text' },
  { key: 'source', label: { fr: 'Origine', en: 'Source' }, kind: 'text' },
  { key: 'reference', label: { fr: 'Référence', en: 'Reference' }, kind: 'text' },
] as const satisfies readonly ExportColumn[];

/** One row per purchase, with what was refunded of it and what it nets. */
export async function exportPurchases(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
): Promise<ExportTable> {
  const { db, merchantId } = scope;
  async function* rows() {
    for await (const p of pagedRows(db, merchantId, (tx, page) =>
      purchasesPage(tx, merchantId, page),
    )) {
      const refunded = Number(p.refunded_cents);
      yield {
        id: p.id,
        date: p.occurred_at,
        customerId: p.customer_id,
        firstName: p.first_name,
        lastName: p.last_name,
        amount: p.amount_cents,
        refunded,
        net: p.amount_cents - refunded,
        location: p.location,
        source: p.source,
        reference: p.external_id,
      };
    }
  }
  return {
    name: 'achats',
    columns: COLUMNS,
    timeZone: await merchantTimeZone(db, merchantId),
    rows: rows(),
  };
}
