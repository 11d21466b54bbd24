import { ledgerEntriesPage } from '../../repositories/exports.ts';
import type { MerchantScope } from '../scope.ts';
import type { ExportColumn, ExportTable } from './columns.ts';
import { merchantTimeZone, pagedRows } from './paged-rows.ts';

const COLUMNS = [
  { key: 'id', label: { fr: 'Écriture', en: 'Entry' }, kind: 'text' },
  { key: 'date', label: { fr: 'Date', en: 'Date' }, kind: 'datetime' },
  { key: 'customerId', label: { fr: 'Client', en: 'Customer' }, kind: 'text' },
  { key: 'programId', label: { fr: 'Programme', en: 'Program' }, kind: 'text' },
  { key: 'programName', label: { fr: 'Nom du programme', en: 'Program name' }, kind: 'text' },
  { key: 'kind', label: { fr: 'Type', en: 'Kind' }, kind: 'text' },
  { key: 'unit', label: { fr: 'Unité', en: 'Unit' }, kind: 'text' },
  { key: 'delta', label: { fr: 'Mouvement', en: 'Change' }, kind: 'integer' },
  { key: 'cause', label: { fr: 'Cause', en: 'Cause' }, kind: 'text' },
  { key: 'causeRef', label: { fr: 'Référence de la cause', en: 'Cause reference' }, kind: 'text' },
] as const satisfies readonly ExportColumn[];

/** One row per ledger entry: the append-only history of every balance. */
export async function exportLedger(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  locale: 'fr' | 'en',
): Promise<ExportTable> {
  const { db, merchantId } = scope;
  async function* rows() {
    for await (const e of pagedRows(db, merchantId, (tx, page) =>
      ledgerEntriesPage(tx, merchantId, page),
    )) {
      yield {
        id: e.id,
        date: e.occurred_at,
        customerId: e.customer_id,
        programId: e.program_id,
        programName: e.program_name[locale],
        kind: e.kind,
        unit: e.unit,
        delta: e.delta,
        cause: e.cause_type,
        causeRef: e.cause_ref,
      };
    }
  }
  return {
    name: 'mouvements',
    columns: COLUMNS,
    timeZone: await merchantTimeZone(db, merchantId),
    rows: rows(),
  };
}
