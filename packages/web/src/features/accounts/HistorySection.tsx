import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { interactionMessages } from '../customers/interaction-messages.ts';
import { messages } from './messages.ts';

type InteractionKind = 'call' | 'visit' | 'email' | 'complaint' | 'dispute' | 'late_payment';

/** The history of the relationship: purchases, interactions and invoices, latest first. */
export function HistorySection({ accountId }: { accountId: string }) {
  const t = useT(messages);
  const kinds = useT(interactionMessages);
  const format = useFormat();
  const history = useQuery({
    queryKey: ['b2b-history', accountId],
    queryFn: () =>
      call(
        api.GET('/api/v1/b2b-accounts/{id}/history', {
          params: { path: { id: accountId }, query: { limit: 100 } },
        }),
      ),
  });
  return (
    <section className="card stack" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      <ProblemAlert error={history.error} />
      {history.data?.items.length === 0 && <p className="muted">{t('noHistory')}</p>}
      <ul className="customer-notes">
        {withKeys(history.data?.items ?? []).map(({ key, event: e }) => (
          <li key={key}>
            <span className="muted small">
              {e.at.length === 10 ? format.date(e.at) : format.dateTime(e.at)}
            </span>{' '}
            {e.kind === 'interaction'
              ? t('interaction', { kind: kinds((e.detail ?? 'call') as InteractionKind) })
              : e.kind === 'invoice_issued' || e.kind === 'invoice_paid'
                ? t(e.kind, { number: e.detail ?? '' })
                : t(e.kind)}
            {e.amountCents !== null && <> · {format.cents(e.amountCents)}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Events have no id: a key from what they say, with a repeat count for identical ones. */
function withKeys<T extends { kind: string; at: string; detail: string | null }>(events: T[]) {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const base = `${event.kind}|${event.at}|${event.detail}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return { key: `${base}|${repeat}`, event };
  });
}
