import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AccountForm } from './AccountForm.tsx';
import { ContactsSection } from './ContactsSection.tsx';
import { FiguresCard } from './FiguresCard.tsx';
import { HistorySection } from './HistorySection.tsx';
import { InvoicesSection } from './InvoicesSection.tsx';
import { messages } from './messages.ts';

/** One business account: its details, contacts, invoices and, for managers, its figures. */
export function AccountPage() {
  const { id = '' } = useParams();
  const t = useT(messages);
  const can = useCan();
  const account = useQuery({
    queryKey: ['b2b-account', id],
    queryFn: () => call(api.GET('/api/v1/b2b-accounts/{id}', { params: { path: { id } } })),
  });
  if (account.error) return <ProblemAlert error={account.error} />;
  if (!account.data) return <p className="muted">…</p>;
  const a = account.data;
  return (
    <div className="stack customer-page">
      <Link to="/accounts" className="small">
        {t('back')}
      </Link>
      <h1>{a.companyName}</h1>
      <div className="customer-grid">
        {can('analytics:read') && <FiguresCard accountId={id} />}
        <ContactsSection account={a} />
      </div>
      {can('invoices:manage') && <InvoicesSection accountId={id} />}
      {can('customers:write') && (
        <section className="card stack" aria-labelledby="account-details">
          <h2 id="account-details">{t('details')}</h2>
          <AccountForm account={a} />
        </section>
      )}
      {can('analytics:read') && <HistorySection accountId={id} />}
    </div>
  );
}
