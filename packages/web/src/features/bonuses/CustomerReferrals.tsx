import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

type Referral = components['schemas']['CustomerReferrals']['referred'][number];

/** On the customer page: their referral code, who referred them, whom they referred. */
export function CustomerReferrals({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const query = useQuery({
    queryKey: ['customer-referrals', customerId],
    queryFn: () =>
      call(api.GET('/api/v1/customers/{id}/referrals', { params: { path: { id: customerId } } })),
  });
  const data = query.data;
  const name = (p: { firstName: string | null; lastName: string | null }) =>
    [p.firstName, p.lastName].filter(Boolean).join(' ') || t('anonymous');
  const state = (r: Referral) =>
    t(r.takenBackAt ? 'takenBack' : r.rewardedAt ? 'rewarded' : 'pending');
  return (
    <section className="card stack" aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t('referral')}</h2>
      <ProblemAlert error={query.error} />
      {data?.referral && <p>{t('referralCode', { code: data.referral.code })}</p>}
      {data?.referredBy && (
        <p>
          <Link to={`/customers/${data.referredBy.id}`}>
            {t('referredBy', { name: name(data.referredBy) })}
          </Link>{' '}
          <span className="muted">({state(data.referredBy)})</span>
        </p>
      )}
      {data && data.referred.length > 0 && (
        <>
          <h3>{t('referredList')}</h3>
          <ul>
            {data.referred.map((r) => (
              <li key={r.id}>
                <Link to={`/customers/${r.id}`}>{name(r)}</Link>{' '}
                <span className="muted">({state(r)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
