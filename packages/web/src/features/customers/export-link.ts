/** What a file holds: one row per customer, purchase or ledger entry. */
export type ExportKind = 'customers' | 'purchases' | 'ledger';
export type ExportFormat = 'csv' | 'xlsx';

/** The customers list's filters, as they are in its address. */
export type ListFilters = {
  segment?: string | null;
  tag?: string | null;
  query?: string | null;
  sort?: string | null;
  order?: string | null;
};

/**
 * The download address of an export. The customers file carries the list's filters, so the
 * file holds exactly the customers on screen; the CSV follows the screen's language (a French
 * Excel reads `;` and decimal commas, an English one `,` and points).
 * @example exportHref('customers', 'csv', { tag: 'vip' }, 'en')
 *   // '/api/v1/exports/customers?format=csv&locale=en&tag=vip'
 */
export function exportHref(
  kind: ExportKind,
  format: ExportFormat,
  filters: ListFilters,
  lang: 'fr' | 'en',
): string {
  const params = new URLSearchParams({ format, locale: lang });
  if (kind === 'customers') {
    for (const key of ['segment', 'tag', 'query', 'sort', 'order'] as const) {
      const value = filters[key]?.trim();
      if (value) params.set(key, value);
    }
  }
  return `/api/v1/exports/${kind}?${params}`;
}
