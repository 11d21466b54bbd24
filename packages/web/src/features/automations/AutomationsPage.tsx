import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AutomationCard } from './AutomationCard.tsx';
import { messages } from './messages.ts';
import './automations.css';

/** Every automation as a card: on/off, next week's customers, last run, wording, results. */
export function AutomationsPage() {
  const t = useT(messages);
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['automations'],
    queryFn: async () => (await call(api.GET('/api/v1/automations'))).items,
  });
  const runNow = useMutation({
    mutationFn: () => call(api.POST('/api/v1/automations/run')),
    onSuccess: () => client.invalidateQueries({ queryKey: ['automations'] }),
  });
  return (
    <div className="stack automations">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <p>
        <button
          type="button"
          className="button secondary"
          onClick={() => runNow.mutate()}
          disabled={runNow.isPending}
        >
          {t('runNow')}
        </button>
      </p>
      {runNow.data && <p role="status">{t('ranNow', { n: runNow.data.enqueued })}</p>}
      <ProblemAlert error={runNow.error ?? list.error} />
      {list.isPending && <p className="muted">{t('loading')}</p>}
      <ul className="automation-list">
        {list.data?.map((a) => (
          <li key={a.id}>
            <AutomationCard automation={a} />
          </li>
        ))}
      </ul>
    </div>
  );
}
