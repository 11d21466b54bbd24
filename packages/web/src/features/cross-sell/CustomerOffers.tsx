import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

/**
 * "À proposer" on the customer page (seed 000: "un soin après la coupe"): what customers who
 * bought what this customer bought usually bought next, with why.
 */
export function CustomerOffers({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const f = useFormat();
  const offers = useQuery({
    queryKey: ['cross-sell', customerId],
    queryFn: () =>
      call(api.GET('/api/v1/cross-sell/customers/{id}', { params: { path: { id: customerId } } })),
  });
  if (offers.error) return <ProblemAlert error={offers.error} />;
  const items = offers.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="offers-title">
      <h2 id="offers-title">{t('title')}</h2>
      <ul className="stack">
        {items.map((o) => (
          <li key={o.item}>
            <strong>{o.name}</strong>
            <br />
            <span className="small muted">
              {t('because', {
                share: f.percent(o.confidence),
                item: o.becauseName,
                n: o.customers,
              })}
            </span>
          </li>
        ))}
      </ul>
      <p className="small muted">{t('segmentHint')}</p>
    </section>
  );
}
