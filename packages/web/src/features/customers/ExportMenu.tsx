import { Link } from 'react-router';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { type ExportFormat, type ExportKind, exportHref, type ListFilters } from './export-link.ts';
import { exportMessages } from './export-messages.ts';

const FILES: ReadonlyArray<[ExportKind, ExportFormat, keyof typeof exportMessages.fr]> = [
  ['customers', 'csv', 'customersCsv'],
  ['customers', 'xlsx', 'customersXlsx'],
  ['purchases', 'csv', 'purchasesCsv'],
  ['purchases', 'xlsx', 'purchasesXlsx'],
  ['ledger', 'csv', 'ledgerCsv'],
  ['ledger', 'xlsx', 'ledgerXlsx'],
];

/**
 * "Exporter" on the customers list: plain download links (the browser streams the file to
 * disk), the customers file with the list's current filters.
 */
export function ExportMenu({ filters, owner }: { filters: ListFilters; owner: boolean }) {
  const t = useT(exportMessages);
  const { lang } = useLang();
  return (
    <details className="export-menu">
      <summary className="button secondary">{t('export')}</summary>
      <div className="card stack export-menu-list">
        <p className="muted small">{t('exportHint')}</p>
        <ul>
          {FILES.map(([kind, format, label]) => (
            <li key={`${kind}-${format}`}>
              <a href={exportHref(kind, format, filters, lang)} download>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
        <p className="muted small">{t('personalData')}</p>
        {owner && <Link to="/retention">{t('retention')}</Link>}
      </div>
    </details>
  );
}
