import { useSession } from '../../auth/session.tsx';
import { useFormat, useLang, useT } from '../../i18n/i18n.tsx';
import { messages, rowProblemMessages } from './messages.ts';
import type { ImportReport } from './types.ts';
import { useFieldName } from './use-field-name.ts';

type ProblemKey = keyof (typeof rowProblemMessages)['fr'];

/** Problems listed on screen; the rest are in the CSV. */
const SHOWN = 50;

/** A dry run's or an import's report: what it adds, and each row left out with its reason. */
export function ReportView({ id, report }: { id: string; report: ImportReport }) {
  const t = useT(messages);
  const problemText = useT(rowProblemMessages);
  const fieldName = useFieldName(undefined);
  const { lang } = useLang();
  const { me } = useSession();
  const fmt = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const counts = report.counts;
  const lines: string[] = [t('rowsRead', { n: report.rowsRead })];
  if (counts) {
    lines.push(t('customersAdded', { n: counts.customersAdded }));
    if (counts.customersKnown > 0) lines.push(t('customersKnown', { n: counts.customersKnown }));
    lines.push(t('purchasesAdded', { n: counts.purchasesAdded }));
    if (counts.purchasesKnown > 0) lines.push(t('purchasesKnown', { n: counts.purchasesKnown }));
    if (counts.refundsAdded > 0) lines.push(t('refundsAdded', { n: counts.refundsAdded }));
    if (counts.openingBalancesAdded > 0)
      lines.push(t('balancesAdded', { n: counts.openingBalancesAdded }));
    if (counts.consentsAdded > 0) lines.push(t('consentsAdded', { n: counts.consentsAdded }));
  }
  const shown = report.rowProblems.slice(0, SHOWN);
  return (
    <div className="stack import-report" aria-live="polite">
      <ul className="import-counts">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {report.withoutCustomer.rows > 0 && (
        <p>
          {t('withoutCustomer', {
            n: report.withoutCustomer.rows,
            amount: fmt.cents(report.withoutCustomer.amountCents),
          })}
        </p>
      )}
      {report.consentsWithoutProof > 0 && (
        <p>{t('consentsWithoutProof', { n: report.consentsWithoutProof })}</p>
      )}
      {report.unknownPrograms.length > 0 && (
        <p className="alert error">
          {t('unknownPrograms', { ids: report.unknownPrograms.join(', ') })}
        </p>
      )}
      <p>{t('rowProblemCount', { n: report.rowProblemCount })}</p>
      {shown.length > 0 && (
        <ul className="import-problems">
          {shown.map((p) => (
            <li key={`${p.line}-${p.field}-${p.problem}`}>
              {t('problemLine', {
                line: p.line,
                field: p.field ? ` (${fieldName(p.field)})` : '',
                problem: problemText(p.problem as ProblemKey),
              })}
            </li>
          ))}
        </ul>
      )}
      {report.rowProblemCount > SHOWN && (
        <p className="muted">{t('moreProblems', { n: report.rowProblemCount - SHOWN })}</p>
      )}
      {report.rowProblemCount > 0 && (
        <p>
          <a href={`/api/v1/imports/${id}/report?locale=${lang}`} download>
            {t('download')}
          </a>
        </p>
      )}
    </div>
  );
}
