import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { outboxMessages as messages } from './outbox-messages.ts';

/** Réglages → Messages envoyés: the shop's outbox, readable even when nothing is sent. */
export function OutboxSection() {
  const t = useT(messages);
  const { me } = useSession();
  const fmt = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const client = useQueryClient();
  const outbox = useInfiniteQuery({
    queryKey: ['outbox'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/outbox', {
          params: { query: { limit: 50, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) =>
      page.items.length === 50 ? page.items[page.items.length - 1]?.createdAt : undefined,
  });
  const resend = useMutation({
    mutationFn: (id: string) =>
      call(api.POST('/api/v1/outbox/{id}/resend', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['outbox'] }),
  });
  const first = outbox.data?.pages[0];
  const items = outbox.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section id="outbox" className="card stack" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('outbox')}</h2>
      <p className="muted">{t('outboxIntro')}</p>
      {first && (
        <p className={first.delivery === 'outbox_only' ? 'alert warn' : 'small muted'}>
          {first.delivery === 'outbox_only' ? t('outboxOnly') : t('viaSmtp')}
        </p>
      )}
      {first && (
        <p className="small muted">
          {first.smsDelivery === 'outbox_only' ? t('smsOutboxOnly') : t('viaSmsProvider')}
        </p>
      )}
      <ProblemAlert error={outbox.error ?? resend.error} />
      {outbox.isPending && <p className="muted">{t('loading')}</p>}
      {first && items.length === 0 && <p>{t('empty')}</p>}
      {items.length > 0 && (
        <ul className="stack outbox-list">
          {items.map((m) => (
            <li key={m.id} className="stack">
              <div className="row">
                <strong>
                  {m.channel === 'sms' ? t('sms', { count: m.segments ?? 1 }) : m.subject}
                </strong>
                <span className="small muted">
                  {t('to')} : {m.to} · {fmt.dateTime(m.createdAt)}
                </span>
              </div>
              <p className="small">
                {t(m.status)}
                {m.nextAttemptAt && ` (${t('retryAt', { when: fmt.dateTime(m.nextAttemptAt) })})`}
                {m.lastReply && m.status !== 'sent' && ` — ${m.lastReply}`}
              </p>
              <details>
                <summary>{t('show')}</summary>
                <pre className="outbox-text">{m.text}</pre>
              </details>
              {(m.status === 'uncertain' || m.status === 'failed') && (
                <div className="row">
                  <button
                    type="button"
                    className="button secondary"
                    disabled={resend.isPending}
                    onClick={() => resend.mutate(m.id)}
                  >
                    {t('resend')}
                  </button>
                  {m.status === 'uncertain' && (
                    <span className="small muted">{t('resendHint')}</span>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {outbox.hasNextPage && (
        <div>
          <button
            type="button"
            className="button secondary"
            disabled={outbox.isFetchingNextPage}
            onClick={() => void outbox.fetchNextPage()}
          >
            {t('more')}
          </button>
        </div>
      )}
    </section>
  );
}
