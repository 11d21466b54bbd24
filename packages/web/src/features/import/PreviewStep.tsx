import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages, rowProblemMessages } from './messages.ts';
import type { ImportPreview } from './types.ts';
import { useFieldName } from './use-field-name.ts';

type Row = NonNullable<ImportPreview['rows'][number]['row']>;
type ProblemKey = keyof (typeof rowProblemMessages)['fr'];

/** Step 3: the first rows as they will be stored, read with the current columns. */
export function PreviewStep({ id, version }: { id: string; version: unknown }) {
  const t = useT(messages);
  const problemText = useT(rowProblemMessages);
  const fieldName = useFieldName(undefined);
  const { me } = useSession();
  const fmt = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const preview = useQuery({
    queryKey: ['import-preview', id, version],
    queryFn: () => call(api.GET('/api/v1/imports/{id}/preview', { params: { path: { id } } })),
  });
  const customer = (r: Row) =>
    [r.customerRef, [r.firstName, r.lastName].filter(Boolean).join(' '), r.email ?? r.phone]
      .filter(Boolean)
      .join(' · ');
  const detail = (r: Row) =>
    [
      r.item,
      r.quantity !== null && r.unitPriceCents !== null
        ? `${fmt.number(r.quantity)} × ${fmt.cents(r.unitPriceCents)}`
        : null,
      r.invoice,
      r.tags.join(', ') || null,
    ]
      .filter(Boolean)
      .join(' · ');
  const rows = preview.data?.rows ?? [];
  return (
    <section className="card stack" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">{t('stepPreview')}</h2>
      <p className="muted">{t('previewIntro', { n: 20 })}</p>
      <ProblemAlert error={preview.error} />
      {preview.isPending && <p className="muted">{t('loading')}</p>}
      {rows.length > 0 && (
        <section
          className="table-scroll"
          aria-label={t('previewIntro', { n: 20 })}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroller must take focus to scroll with the keyboard
          tabIndex={0}
        >
          <table className="list import-preview">
            <thead>
              <tr>
                <th scope="col">{t('line')}</th>
                <th scope="col">{t('customer')}</th>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('amount')}</th>
                <th scope="col">{t('detail')}</th>
                <th scope="col">{t('problems')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ line, row, problems }) => (
                <tr key={line} className={problems.length > 0 ? 'import-row-problem' : undefined}>
                  <td>{line}</td>
                  <td>{row ? customer(row) : ''}</td>
                  <td className="nowrap">{row?.date ? fmt.date(row.date) : ''}</td>
                  <td className="nowrap">
                    {row?.amountCents != null ? fmt.cents(row.amountCents) : ''}
                  </td>
                  <td>{row ? detail(row) : ''}</td>
                  <td>
                    {problems.length === 0
                      ? t('ok')
                      : problems
                          .map((p) =>
                            p.field
                              ? t('fieldProblem', {
                                  field: fieldName(p.field),
                                  problem: problemText(p.problem as ProblemKey),
                                })
                              : problemText(p.problem as ProblemKey),
                          )
                          .join(' ; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
