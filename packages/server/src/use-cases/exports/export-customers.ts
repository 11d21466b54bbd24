import { withMerchant } from '../../db/tenant.ts';
import { customerContacts } from '../../repositories/exports.ts';
import { type CustomerValueQuery, listCustomerValues } from '../analytics/list-customer-values.ts';
import type { MerchantScope } from '../scope.ts';
import type { ExportColumn, ExportTable } from './columns.ts';
import { EXPORT_PAGE_SIZE, merchantTimeZone } from './paged-rows.ts';

const COLUMNS = [
  { key: 'id', label: { fr: 'Client', en: 'Customer' }, kind: 'text' },
  { key: 'firstName', label: { fr: 'Prénom', en: 'First name' }, kind: 'text' },
  { key: 'lastName', label: { fr: 'Nom', en: 'Last name' }, kind: 'text' },
  { key: 'email', label: { fr: 'E-mail', en: 'Email' }, kind: 'text' },
  { key: 'phone', label: { fr: 'Téléphone', en: 'Phone' }, kind: 'text' },
  { key: 'birthday', label: { fr: 'Anniversaire', en: 'Birthday' }, kind: 'text' },
  { key: 'company', label: { fr: 'Société', en: 'Company' }, kind: 'text' },
  { key: 'customerSince', label: { fr: 'Client depuis', en: 'Customer since' }, kind: 'date' },
  { key: 'memberSince', label: { fr: 'Membre depuis', en: 'Member since' }, kind: 'date' },
  { key: 'purchases', label: { fr: 'Achats', en: 'Purchases' }, kind: 'integer' },
  { key: 'totalSpend', label: { fr: 'Total dépensé', en: 'Total spent' }, kind: 'cents' },
  {
    key: 'annualSpend',
    label: { fr: 'Dépensé sur 12 mois', en: 'Spent over 12 months' },
    kind: 'cents',
  },
  { key: 'lastVisit', label: { fr: 'Dernière visite', en: 'Last visit' }, kind: 'date' },
  { key: 'segment', label: { fr: 'Segment', en: 'Segment' }, kind: 'text' },
] as const satisfies readonly ExportColumn[];

export type CustomerExportFilters = Pick<
  CustomerValueQuery,
  'segment' | 'tag' | 'query' | 'sort' | 'order'
>;

/** A shop-local calendar day ('2026-11-22') as an instant that falls on it in any zone ±12 h. */
const middayOf = (day: string | null) => (day ? new Date(`${day}T12:00:00Z`) : null);

/**
 * One row per customer, with the same filters and order as the customers list (segment, tag,
 * text), so "Exporter" gives exactly the customers on screen. The figures come from the list's
 * own computation; contact details are read a page at a time.
 */
export async function exportCustomers(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  filters: CustomerExportFilters,
  locale: 'fr' | 'en',
): Promise<ExportTable> {
  const { db, merchantId } = scope;
  const { items } = await listCustomerValues(scope, {
    ...filters,
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  });
  async function* rows() {
    for (let start = 0; start < items.length; start += EXPORT_PAGE_SIZE) {
      const values = items.slice(start, start + EXPORT_PAGE_SIZE);
      const contacts = await withMerchant(db, merchantId, (tx) =>
        customerContacts(
          tx,
          merchantId,
          values.map((v) => v.id),
        ),
      );
      const byId = new Map(contacts.map((c) => [c.id, c]));
      for (const v of values) {
        const c = byId.get(v.id);
        if (!c) continue; // erased or removed since the figures were computed
        yield {
          id: c.id,
          firstName: c.first_name,
          lastName: c.last_name,
          email: c.email,
          phone: c.phone,
          birthday:
            c.birth_day && c.birth_month
              ? locale === 'fr'
                ? `${pad(c.birth_day)}/${pad(c.birth_month)}`
                : `${pad(c.birth_month)}-${pad(c.birth_day)}`
              : null,
          company: c.company,
          customerSince: c.customer_since,
          memberSince: c.member_since,
          purchases: v.purchases,
          totalSpend: v.totalSpendCents,
          annualSpend: v.annualSpendCents,
          lastVisit: middayOf(v.lastVisit),
          segment: v.rfm?.label[locale] ?? null,
        };
      }
    }
  }
  return {
    name: 'clients',
    columns: COLUMNS,
    timeZone: await merchantTimeZone(db, merchantId),
    rows: rows(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
