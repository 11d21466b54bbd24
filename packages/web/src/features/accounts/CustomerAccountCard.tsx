import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { spacedCompanyNumber } from './invoice-status.ts';
import { messages } from './messages.ts';

/** On the customer page: the company this customer buys for, if any. */
export function CustomerAccountCard({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const account = useQuery({
    queryKey: ['b2b-account-of', customerId],
    queryFn: () =>
      call(api.GET('/api/v1/customers/{id}/b2b-account', { params: { path: { id: customerId } } })),
  });
  const a = account.data?.account;
  // Nothing to say about a private customer: the card only appears for a company's contact.
  if (!account.error && !a) return null;
  return (
    <section className="card stack" aria-labelledby="customer-account-title">
      <h2 id="customer-account-title">{t('accountOfCustomer')}</h2>
      <ProblemAlert error={account.error} />
      {a && (
        <p>
          <Link to={`/accounts/${a.id}`}>{t('seeAccount', { name: a.companyName })}</Link>
          {(a.siret ?? a.siren) && (
            <span className="muted small"> · {spacedCompanyNumber(a.siret ?? a.siren ?? '')}</span>
          )}
        </p>
      )}
    </section>
  );
}
