import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, idempotencyKey } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useFormat, useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { messages } from './messages.ts';

type Membership = components['schemas']['ClubMembership'];

/** The sentence for a membership's state, its dates as shop-local days. */
export function useMembershipLine() {
  const t = useT(messages);
  // Membership dates are shop-local days (YYYY-MM-DD): formatted as such, never shifted.
  const fmt = useFormat(undefined, 'UTC');
  return (m: Membership) => {
    const date = (d: string | null) => (d ? fmt.date(d) : '');
    switch (m.state) {
      case 'none':
        return t('stateNone');
      case 'active':
        return t('stateActive', { date: date(m.renewsOn) });
      case 'grace':
        return t('stateGrace', { renews: date(m.renewsOn), date: date(m.endsOn) });
      case 'ending':
        return t('stateEnding', { date: date(m.endsOn) });
      case 'lapsed':
        return t('stateLapsed', { date: date(m.endsOn) });
    }
  };
}

/**
 * A customer's club membership, for the counter and the customer page: where it stands, the
 * member discount, and buttons to take the fee (cash or card) and to cancel. Renders nothing
 * when the shop has no club.
 */
export function ClubMembership({ customerId }: { customerId: string }) {
  const t = useT(messages);
  const can = useCan();
  const fmt = useFormat(useSession().me?.merchant.currency);
  const line = useMembershipLine();
  const client = useQueryClient();
  const key = ['customer-club', customerId];
  const club = useQuery({
    queryKey: key,
    queryFn: () =>
      call(api.GET('/api/v1/customers/{id}/club', { params: { path: { id: customerId } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const pay = useMutation({
    mutationFn: (method: 'cash' | 'card') =>
      call(
        api.POST('/api/v1/customers/{id}/club/payments', {
          params: { path: { id: customerId } },
          body: { method },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: refresh,
  });
  const cancel = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/customers/{id}/club/cancel', {
          params: { path: { id: customerId } },
          headers: { 'Idempotency-Key': idempotencyKey() },
        }),
      ),
    onSuccess: refresh,
  });
  const data = club.data;
  if (!data?.club || !data.membership) return <ProblemAlert error={club.error} />;
  const m = data.membership;
  return (
    <section
      className="card stack club-membership"
      aria-label={`${t('membership')} ${data.club.name}`}
    >
      <h3>
        {t('membership')} · {data.club.name}
      </h3>
      <p data-testid="club-state">{line(m)}</p>
      {m.isMember && m.discountPercent > 0 && (
        <p className="badge">{t('memberDiscount', { percent: m.discountPercent })}</p>
      )}
      {data.club.active && can('purchases:write') && (
        <div className="row">
          <span>{t('takeFee', { amount: fmt.cents(data.club.feeCents) })}</span>
          <button
            type="button"
            className="button"
            disabled={pay.isPending}
            onClick={() => pay.mutate('cash')}
          >
            {t('cash')}
          </button>
          <button
            type="button"
            className="button"
            disabled={pay.isPending}
            onClick={() => pay.mutate('card')}
          >
            {t('card')}
          </button>
        </div>
      )}
      {pay.isSuccess && (
        <p className="alert ok" role="status">
          {t('feeTaken')}
        </p>
      )}
      {(m.state === 'active' || m.state === 'grace') && can('customers:write') && (
        <button
          type="button"
          className="button secondary"
          disabled={cancel.isPending}
          onClick={() => window.confirm(t('cancelConfirm')) && cancel.mutate()}
        >
          {t('cancel')}
        </button>
      )}
      <ProblemAlert error={pay.error ?? cancel.error} />
    </section>
  );
}
