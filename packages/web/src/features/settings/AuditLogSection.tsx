import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { adjustmentMessages } from '../customers/adjustment-messages.ts';
import { messages } from './messages.ts';

type MessageKey = keyof (typeof messages)['fr'];

/** Who did what, newest first, 50 at a time (GET /api/v1/audit-log). */
export function AuditLogSection() {
  const t = useT(messages);
  const ta = useT(adjustmentMessages);
  const { me } = useSession();
  const fmt = useFormat(me?.merchant.currency, me?.merchant.timeZone);
  const log = useInfiniteQuery({
    queryKey: ['audit-log'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/audit-log', {
          params: { query: { limit: 50, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  // Names for user ids; the staff list is already loaded by the team section.
  const staff = useQuery({
    queryKey: ['staff'],
    queryFn: async () => (await call(api.GET('/api/v1/staff'))).items,
  });
  const who = (actorType: string, actorId: string | null) => {
    if (actorType === 'user') {
      const member = staff.data?.find((m) => m.id === actorId);
      return member ? (member.displayName ?? member.email) : '—';
    }
    if (actorType === 'api_key') return t('actorApiKey');
    if (actorType === 'customer') return t('actorCustomer');
    return t('actorSystem');
  };
  const what = (action: string) => (action in messages.fr ? t(action as MessageKey) : action);
  /** Why a balance was adjusted by hand: its reason code and amount (the text is on the customer's page). */
  const why = (action: string, details: Record<string, unknown>) => {
    const code = details.reasonCode;
    if (action !== 'balance.adjusted' || typeof code !== 'string') return '';
    const key = `reason_${code}` as keyof typeof adjustmentMessages.fr;
    const label = key in adjustmentMessages.fr ? ta(key) : code;
    const delta = Number(details.delta);
    return ` — ${label} (${delta > 0 ? '+' : ''}${delta})`;
  };
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section id="audit" className="card stack" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit')}</h2>
      <p className="muted">{t('auditIntro')}</p>
      <ProblemAlert error={log.error} />
      {log.isPending && <p className="muted">{t('loading')}</p>}
      {log.data && entries.length === 0 && <p>{t('noAudit')}</p>}
      {entries.length > 0 && (
        <div className="table-scroll">
          <table className="list audit-table">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{fmt.dateTime(e.occurredAt)}</td>
                  <td>{who(e.actorType, e.actorId)}</td>
                  <td>
                    {what(e.action)}
                    {why(e.action, e.details)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <div>
          <button
            type="button"
            className="button secondary"
            disabled={log.isFetchingNextPage}
            onClick={() => void log.fetchNextPage()}
          >
            {t('more')}
          </button>
        </div>
      )}
    </section>
  );
}
