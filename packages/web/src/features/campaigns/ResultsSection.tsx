import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

type Difference = components['schemas']['CampaignResults']['difference'];
type Measure = NonNullable<Difference>['cameBackShare'];

/** What the campaign did, for its recipients and its control group, with the difference. */
export function ResultsSection({ id, sending }: { id: string; sending: boolean }) {
  const t = useT(messages);
  const format = useFormat();
  const results = useQuery({
    // Asked again when the send finishes, so the last batch's messages are counted.
    queryKey: ['campaign-results', id, sending],
    queryFn: () => call(api.GET('/api/v1/campaigns/{id}/results', { params: { path: { id } } })),
    refetchInterval: sending ? 2_000 : false,
  });
  const r = results.data;
  const range = (m: Measure, show: (n: number) => string) =>
    m.difference === null
      ? '—'
      : `${show(m.difference)} (${
          m.interval90
            ? t('interval', { low: show(m.interval90.low), high: show(m.interval90.high) })
            : t('noInterval')
        })`;
  const points = (n: number) => `${n >= 0 ? '+' : ''}${format.number(n * 100)} pt`;
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${format.number(n)}`;
  const money = (n: number) => `${n >= 0 ? '+' : ''}${format.cents(Math.round(n))}`;
  return (
    <section className="card stack-tight" aria-labelledby="results-title">
      <h2 id="results-title">{t('results')}</h2>
      <ProblemAlert error={results.error} />
      {r && (
        <>
          <ul data-testid="messages">
            {(['sent', 'held', 'queued', 'failed', 'skipped', 'unsubscribed', 'clicked'] as const)
              .filter((k) => r.messages[k] > 0 || k === 'sent')
              .map((k) => (
                <li key={k}>
                  {t(k)} : <strong>{format.number(r.messages[k])}</strong>
                </li>
              ))}
          </ul>
          {r.windowEndsAt && (
            <p className="muted">
              {t('resultsWindow', { days: r.windowDays, date: format.date(r.windowEndsAt) })}{' '}
              {!r.windowComplete && t('resultsPartial')}
            </p>
          )}
          <table>
            <thead>
              <tr>
                <th>{t('group')}</th>
                <th>{t('customers')}</th>
                <th>{t('cameBack')}</th>
                <th>{t('visits')}</th>
                <th>{t('revenue')}</th>
              </tr>
            </thead>
            <tbody>
              {(['sentGroup', 'controlGroup'] as const).map((g) => (
                <tr key={g} data-testid={g}>
                  <th scope="row">{t(g)}</th>
                  <td>{format.number(r[g].customers)}</td>
                  <td>{format.number(r[g].cameBack)}</td>
                  <td>{format.number(r[g].visits)}</td>
                  <td>{format.cents(r[g].revenueCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {r.difference ? (
            <div>
              <h3>{t('difference')}</h3>
              <ul>
                <li>
                  {t('cameBackShare')} : {range(r.difference.cameBackShare, points)}
                </li>
                <li>
                  {t('visitsPerCustomer')} : {range(r.difference.visitsPerCustomer, signed)}
                </li>
                <li>
                  {t('revenuePerCustomer')} : {range(r.difference.revenuePerCustomerCents, money)}
                </li>
              </ul>
            </div>
          ) : (
            <p className="muted">{t('noControl')}</p>
          )}
        </>
      )}
    </section>
  );
}
