import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client.ts';
import { useCan } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { customerMessages } from './customer-messages.ts';
import { useAcquisitionChannels } from './use-acquisition.ts';

/**
 * On the customer page: how they came (their answer at sign-up, or the one the staff record
 * here when asking at the counter), and whether a referral or an import says more.
 */
export function CustomerChannel({ customerId }: { customerId: string }) {
  const t = useT(customerMessages);
  const can = useCan();
  const client = useQueryClient();
  const channels = useAcquisitionChannels();
  const key = ['customer-acquisition', customerId];
  const current = useQuery({
    queryKey: key,
    queryFn: () =>
      call(api.GET('/api/v1/acquisition/customers/{id}', { params: { path: { id: customerId } } })),
  });
  const save = useMutation({
    mutationFn: (channelId: string | null) =>
      call(
        api.PUT('/api/v1/acquisition/customers/{id}', {
          params: { path: { id: customerId } },
          body: { channelId },
        }),
      ),
    onSuccess: (data) => client.setQueryData(key, data),
  });
  const items = channels.data?.items ?? [];
  const c = current.data;
  if (!c || (items.length === 0 && !c.answer && !c.referred && !c.imported)) {
    return <ProblemAlert error={current.error} />;
  }
  const answerId = c.answer?.channelId ?? '';
  const offered = items.filter((i) => !i.archived || i.id === answerId);
  return (
    <section className="card stack" aria-labelledby="customer-channel-title">
      <h2 id="customer-channel-title">{t('title')}</h2>
      {c.referred && <p className="small">{t('referred')}</p>}
      {c.imported && <p className="small">{t('imported')}</p>}
      {c.answer?.recordedBy === 'signup' && (
        <p className="small muted">{t('answeredAtSignup', { label: c.answer.label })}</p>
      )}
      {offered.length > 0 && (
        <div className="field">
          <label htmlFor="customer-channel">{t('answer')}</label>
          <select
            id="customer-channel"
            value={answerId}
            disabled={!can('customers:write') || save.isPending}
            onChange={(e) => save.mutate(e.target.value || null)}
          >
            <option value="">{t('none')}</option>
            {offered.map((i) => (
              <option key={i.id} value={i.id} disabled={i.archived}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <ProblemAlert error={save.error} />
    </section>
  );
}
