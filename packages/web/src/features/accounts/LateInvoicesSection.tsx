import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

/** Invoices unpaid a week after their due date: whom to call about money. */
export function LateInvoicesSection() {
  const t = useT(messages);
  const format = useFormat();
  const late = useQuery({
    queryKey: ['late-invoices'],
    queryFn: () => call(api.GET('/api/v1/late-invoices')),
  });
  if (!late.error && late.data?.items.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="late-invoices-title">
      <h2 id="late-invoices-title">{t('lateInvoices')}</h2>
      <ProblemAlert error={late.error} />
      <ul className="customer-notes">
        {late.data?.items.map((i) => (
          <li key={i.invoiceId}>
            <Link to={`/accounts/${i.accountId}`}>{i.companyName}</Link> —{' '}
            {t('lateInvoice', {
              number: i.number,
              amount: format.cents(i.amountCents),
              count: i.daysLate,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
