import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

/** Payment quality, profitability index and purchase potential (managers and owners). */
export function FiguresCard({ accountId }: { accountId: string }) {
  const t = useT(messages);
  const format = useFormat();
  const figures = useQuery({
    queryKey: ['b2b-figures', accountId],
    queryFn: () =>
      call(api.GET('/api/v1/b2b-accounts/{id}/figures', { params: { path: { id: accountId } } })),
  });
  const f = figures.data;
  return (
    <section className="card stack" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('figures')}</h2>
      <ProblemAlert error={figures.error} />
      {f && (
        <>
          <p className="muted small">{t('asOf', { date: format.date(f.asOf) })}</p>
          <dl className="customer-facts">
            <div>
              <dt>{t('lateShare')}</dt>
              <dd data-testid="late-share">
                {f.payment.due === 0
                  ? t('nothingDue')
                  : `${t('lateShareValue', { late: f.payment.late, due: f.payment.due })} (${format.percent(f.payment.lateShare ?? 0)})`}
              </dd>
            </div>
            <div>
              <dt>{t('averageDaysLate')}</dt>
              <dd data-testid="average-days-late">
                {t('daysValue', { count: Math.round(f.payment.averageDaysLate * 10) / 10 })}
              </dd>
            </div>
            <div>
              <dt>{t('outstanding')}</dt>
              <dd>{format.cents(f.payment.outstandingCents)}</dd>
            </div>
            <div>
              <dt>{t('overdue')}</dt>
              <dd data-testid="overdue">{format.cents(f.payment.overdueCents)}</dd>
            </div>
            <div>
              <dt>{t('annualVolume')}</dt>
              <dd>{format.cents(f.annualVolumeCents)}</dd>
            </div>
            <div>
              <dt>{t('margin')}</dt>
              <dd>{format.cents(f.profitability.marginCents)}</dd>
            </div>
            <div>
              <dt>{t('servingCost')}</dt>
              <dd>
                {format.cents(f.profitability.servingCostCents)}
                {!f.profitability.servingCostComplete && (
                  <span className="muted small"> ({t('servingCostIncomplete')})</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('profit')}</dt>
              <dd>
                {format.cents(f.profitability.profitCents)}
                {f.profitability.profitRate !== null && (
                  <span className="muted small">
                    {' '}
                    ({t('profitRate', { rate: format.percent(f.profitability.profitRate) })})
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('potential')}</dt>
              <dd>
                {f.potential.source === 'none'
                  ? t('potentialNone')
                  : `${format.cents(f.potential.potentialCents)} (${
                      f.potential.source === 'owner'
                        ? t('potentialOwner')
                        : t('potentialComparable', { count: f.potential.comparableAccounts })
                    })`}
              </dd>
            </div>
          </dl>
          {f.potential.missing.length > 0 && (
            <ul className="small">
              {f.potential.missing.map((m) => (
                <li key={m.category}>
                  {t('missingCategory', {
                    category: m.category,
                    amount: format.cents(m.typicalAnnualCents),
                    count: m.buyers,
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
