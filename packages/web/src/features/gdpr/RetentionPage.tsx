import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

/** The customers the nightly retention job will anonymise within a month (owners). */
export function RetentionPage() {
  const t = useT(messages);
  const can = useCan();
  const format = useFormat();
  const list = useQuery({
    queryKey: ['retention'],
    queryFn: () => call(api.GET('/api/v1/retention/upcoming')),
    enabled: can('merchant:manage'),
  });
  return (
    <div className="stack">
      <h1>{t('retentionTitle')}</h1>
      <p>{t('retentionExplain')}</p>
      <ProblemAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('retentionEmpty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('customer')}</th>
              <th scope="col">{t('lastActivity')}</th>
              <th scope="col">{t('anonymisedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/customers/${c.id}`}>
                    {[c.firstName, c.lastName].filter(Boolean).join(' ') || t('anonymous')}
                  </Link>
                </td>
                <td data-label={t('lastActivity')}>{format.date(c.lastActivityAt)}</td>
                <td data-label={t('anonymisedOn')}>{format.date(c.anonymisedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data?.more && <p className="muted small">{t('retentionMore')}</p>}
    </div>
  );
}
