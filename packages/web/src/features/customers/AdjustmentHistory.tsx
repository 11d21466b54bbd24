import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { adjustmentMessages } from './adjustment-messages.ts';
import { messages } from './messages.ts';

/** The latest corrections by hand on this customer's balances: when, how much, who and why. */
export function AdjustmentHistory({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const ta = useT(adjustmentMessages);
  const fmt = useFormat();
  const ledger = useQuery({
    queryKey: ['adjustments', customerId],
    queryFn: () =>
      call(
        api.GET('/api/v1/customers/{id}/ledger', {
          params: { path: { id: customerId }, query: { limit: 200 } },
        }),
      ),
  });
  const corrections = (ledger.data?.items ?? []).filter((i) => i.kind === 'adjust' && i.adjustment);
  if (!ledger.error && corrections.length === 0) return null;
  return (
    <section className="stack-tight" aria-labelledby="adjustments-title">
      <h3 id="adjustments-title">{ta('history')}</h3>
      <ProblemAlert error={ledger.error} />
      <ul>
        {corrections.map((c) => (
          <li key={c.id} className="small">
            {fmt.dateTime(c.occurredAt)} · {c.delta > 0 ? '+' : ''}
            {c.delta} {c.unit === 'stamps' ? t('stamps') : t('points')} ·{' '}
            {c.adjustment && ta(`reason_${c.adjustment.reasonCode}`)}
            {c.adjustment?.reason ? ` : « ${c.adjustment.reason} »` : ''}
            {c.adjustment?.by ? ` — ${c.adjustment.by}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
