import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import './surveys.css';

/** The shop's surveys, newest first, with their answers so far, and the way to a new one. */
export function SurveysPage() {
  const t = useT(messages);
  const format = useFormat();
  const list = useQuery({
    queryKey: ['surveys'],
    queryFn: async () => (await call(api.GET('/api/v1/surveys'))).items,
  });
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <p>
        <Link className="button" to="/surveys/new">
          {t('newSurvey')}
        </Link>
      </p>
      <ProblemAlert error={list.error} />
      {list.isPending && <p className="muted">{t('loading')}</p>}
      {list.data?.length === 0 && <p>{t('none')}</p>}
      <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
        {list.data?.map((s) => (
          <li key={s.id} className="card">
            <Link to={`/surveys/${s.id}`}>{s.title}</Link>{' '}
            <span className="badge">{s.status === 'open' ? t('open') : t('closed')}</span>
            <span className="muted">
              {' '}
              {t('responses', { n: s.responses })} ·{' '}
              {t('createdOn', { date: format.date(s.createdAt) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
