import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useLocalized } from '../../i18n/i18n.tsx';
import { CounterError } from './CounterError.tsx';
import type { CardProgram, RedemptionResult } from './types.ts';
import { useActionKey } from './use-action-key.ts';
import { useCounterText } from './use-counter-text.ts';

type Choice = { voucherCode: string } | { rewardId: string };

/** The programs' reward catalogs, for names and costs (staff may read them). */
export function usePrograms() {
  return useQuery({
    queryKey: ['programs'],
    queryFn: () => call(api.GET('/api/v1/programs')),
    staleTime: 5 * 60_000,
  });
}

/**
 * What the customer can have now, as big buttons: vouchers ready to use, and points rewards.
 * A points reward they cannot afford yet stays visible (the cashier gets the shortfall).
 */
export function RewardsPanel(props: {
  customerId: string;
  programs: CardProgram[];
  onRedeemed(r: RedemptionResult): void;
}) {
  const { t } = useCounterText();
  const localized = useLocalized();
  const catalog = usePrograms();
  const { keyFor, done } = useActionKey();
  const [unitOfLast, setUnitOfLast] = useState('points');
  const redeem = useMutation({
    mutationFn: (choice: Choice) =>
      call(
        api.POST('/api/v1/redemptions', {
          body: { customerId: props.customerId, ...choice },
          headers: { 'Idempotency-Key': keyFor(JSON.stringify(choice)) },
        }),
      ),
    onSuccess: (r) => {
      done();
      props.onRedeemed(r);
    },
  });
  const rewardName = (programId: string, rewardId: string) =>
    localized(
      catalog.data?.items.find((p) => p.id === programId)?.rewards.find((r) => r.id === rewardId)
        ?.name,
    );
  const buttons = props.programs.flatMap((p) => [
    ...p.vouchers.map((v) => ({
      id: `v-${v.code}`,
      label: t('useVoucher', {
        reward: localized(v.rewardName) || rewardName(p.programId, v.rewardId),
      }),
      detail: v.code,
      choice: { voucherCode: v.code } as Choice,
      primary: true,
      unit: p.unit,
    })),
    ...(p.kind === 'points'
      ? (catalog.data?.items.find((c) => c.id === p.programId)?.rewards ?? [])
          .filter((r) => !r.archived)
          .map((r) => ({
            id: `r-${r.id}`,
            label: t('redeemPoints', { reward: localized(r.name), cost: r.cost }),
            detail: null,
            choice: { rewardId: r.id } as Choice,
            primary: p.redeemableRewardIds.includes(r.id),
            unit: p.unit,
          }))
      : []),
  ]);
  return (
    <section className="stack" aria-labelledby="counter-rewards">
      <h2 id="counter-rewards" className="counter-section-title">
        {t('rewards')}
      </h2>
      {buttons.length === 0 && <p className="muted">{t('noRewards')}</p>}
      <div className="counter-rewards">
        {buttons.map((b) => (
          <button
            key={b.id}
            type="button"
            className={`button big ${b.primary ? 'reward' : 'secondary'}`}
            disabled={redeem.isPending}
            onClick={() => {
              setUnitOfLast(b.unit);
              redeem.mutate(b.choice);
            }}
          >
            <span>{b.label}</span>
            {b.detail && <span className="counter-code">{b.detail}</span>}
          </button>
        ))}
      </div>
      <CounterError error={redeem.error} unit={unitOfLast} />
    </section>
  );
}
