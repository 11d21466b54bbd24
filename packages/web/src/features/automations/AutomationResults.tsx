import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

/** What the automation did over the year, against its control group. */
export function AutomationResults({ id }: { id: string }) {
  const t = useT(messages);
  const format = useFormat();
  const results = useQuery({
    queryKey: ['automation-results', id],
    queryFn: () =>
      call(
        api.GET('/api/v1/automations/{automation}/results', {
          params: { path: { automation: id } },
        }),
      ),
  });
  const r = results.data;
  const points = (n: number) => `${n >= 0 ? '+' : ''}${format.number(n * 100)} pt`;
  const share = r?.difference?.cameBackShare;
  return (
    <section className="stack-tight" aria-label={t('results')}>
      <h3>{t('results')}</h3>
      <ProblemAlert error={results.error} />
      {r && (
        <ul>
          <li>{t('resultsSent', { n: r.messages.sent + r.messages.held + r.messages.queued })}</li>
          {r.messages.clicked > 0 && <li>{t('resultsClicked', { n: r.messages.clicked })}</li>}
          <li>
            {t('resultsSkipped', {
              n: r.skipped.noConsent + r.skipped.withdrawn + r.skipped.noAddress,
            })}
          </li>
          <li>
            {t('resultsCameBack', {
              sent: r.sentGroup.cameBack,
              sentN: r.sentGroup.customers,
              control: r.controlGroup.cameBack,
              controlN: r.controlGroup.customers,
            })}
          </li>
          <li>
            {share && share.difference !== null
              ? t('resultsDifference', {
                  diff: points(share.difference),
                  low: share.interval90 ? points(share.interval90.low) : '—',
                  high: share.interval90 ? points(share.interval90.high) : '—',
                })
              : t('resultsNoControl')}
          </li>
          {r.pendingMeasure > 0 && (
            <li className="muted">{t('resultsPending', { n: r.pendingMeasure })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
