import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { StatusBadge } from './StatusBadge.tsx';
import './campaigns.css';

/** The shop's campaigns, newest first, and the way to write a new one. */
export function CampaignsPage() {
  const t = useT(messages);
  const format = useFormat();
  const list = useQuery({
    queryKey: ['campaigns'],
    queryFn: async () => (await call(api.GET('/api/v1/campaigns'))).items,
  });
  return (
    <div className="stack campaigns">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <p>
        <Link className="button" to="/campaigns/new">
          {t('newCampaign')}
        </Link>
      </p>
      <ProblemAlert error={list.error} />
      {list.isPending && <p className="muted">{t('loading')}</p>}
      {list.data?.length === 0 && <p>{t('none')}</p>}
      <ul className="campaign-list">
        {list.data?.map((c) => (
          <li key={c.id} className="card">
            <Link to={`/campaigns/${c.id}`}>{c.name}</Link> <StatusBadge status={c.status} />
            <span className="muted">
              {' '}
              {c.sentAt
                ? t('sentOn', { date: format.dateTime(c.sentAt) })
                : t('createdOn', { date: format.dateTime(c.createdAt) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
