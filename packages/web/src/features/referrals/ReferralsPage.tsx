import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useSession } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';
import { referralStatus } from './referral-status.ts';

type Referral = components['schemas']['ShopReferrals']['items'][number];
type Person = Referral['referee'];

const LIMIT = 500;

/** Referred customers, newest first: who brought whom, when, and the bonus each was given. */
export function ReferralsPage() {
  const t = useT(messages);
  const list = useQuery({
    queryKey: ['referrals', LIMIT],
    queryFn: () => call(api.GET('/api/v1/referrals', { params: { query: { limit: LIMIT } } })),
  });
  const data = list.data;
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ProblemAlert error={list.error} />
      {list.isPending && <p className="muted">{t('loading')}</p>}
      {data && data.total > 0 && (
        <p data-testid="referrals-summary">
          {t('summary', { total: data.total, rewarded: data.rewarded })}
        </p>
      )}
      {data && data.items.length === 0 && <p>{t('none')}</p>}
      {data && data.items.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('referee')}</th>
              <th scope="col">{t('referrer')}</th>
              <th scope="col">{t('referredAt')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((r) => (
              <ReferralRow key={r.referee.id} referral={r} />
            ))}
          </tbody>
        </table>
      )}
      {data && data.total > data.items.length && (
        <p className="muted">{t('more', { shown: data.items.length })}</p>
      )}
    </div>
  );
}

function ReferralRow({ referral }: { referral: Referral }) {
  const t = useT(messages);
  const me = useSession().me;
  const fmt = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const status = referralStatus(referral);
  const bonus = referral.bonus;
  return (
    <tr data-testid="referral">
      <td>
        <PersonLink person={referral.referee} />
      </td>
      <td>
        <PersonLink person={referral.referrer} />
      </td>
      <td>{fmt.date(referral.referredAt)}</td>
      <td>
        {status.kind === 'pending' && <span className="muted">{t('pending')}</span>}
        {status.kind === 'rewarded' && t('rewarded', { date: fmt.date(status.on) })}
        {status.kind === 'takenBack' && t('takenBack', { date: fmt.date(status.on) })}
        {bonus && (
          <div className="muted">
            {t('given', {
              referrer: bonus.referrer,
              referee: bonus.referee,
              unit: t(bonus.unit),
            })}
          </div>
        )}
      </td>
    </tr>
  );
}

function PersonLink({ person }: { person: Person }) {
  const t = useT(messages);
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  return <Link to={`/customers/${person.id}`}>{name || t('anonymous')}</Link>;
}
