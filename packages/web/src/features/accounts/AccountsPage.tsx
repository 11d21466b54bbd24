import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AccountForm } from './AccountForm.tsx';
import { spacedCompanyNumber } from './invoice-status.ts';
import { LateInvoicesSection } from './LateInvoicesSection.tsx';
import { messages } from './messages.ts';

/** Comptes pro: the shop's business accounts, and a form to open one. */
export function AccountsPage() {
  const t = useT(messages);
  const can = useCan();
  const navigate = useNavigate();
  const accounts = useQuery({
    queryKey: ['b2b-accounts'],
    queryFn: () => call(api.GET('/api/v1/b2b-accounts')),
  });
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {can('invoices:manage') && <LateInvoicesSection />}
      <ProblemAlert error={accounts.error} />
      {accounts.data?.items.length === 0 && <p className="muted">{t('none')}</p>}
      {accounts.data && accounts.data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('companyName')}</th>
              <th>{t('companyNumber')}</th>
              <th>{t('contactsTitle')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.data.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/accounts/${a.id}`}>{a.companyName}</Link>
                </td>
                <td>{a.siret || a.siren ? spacedCompanyNumber(a.siret ?? a.siren ?? '') : '—'}</td>
                <td>{t('contacts', { count: a.contactCount })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can('customers:write') && (
        <section className="card stack" aria-labelledby="open-account">
          <h2 id="open-account">{t('open')}</h2>
          <AccountForm onSaved={(a) => navigate(`/accounts/${a.id}`)} />
        </section>
      )}
    </div>
  );
}
