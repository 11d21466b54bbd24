import { useEffect, useRef } from 'react';
import { useFormat, useLocalized } from '../../i18n/i18n.tsx';
import { TierStanding, useTierReached } from '../tiers/TierStanding.tsx';
import { CardBalances } from './CardBalances.tsx';
import type { Outcome } from './CustomerCounter.tsx';
import { newlyAffordable } from './points-rewards.ts';
import { RewardsPanel, useCatalog } from './RewardsPanel.tsx';
import type { QueuedSale } from './sale-queue.ts';
import { type Customer, displayName } from './types.ts';
import { useCounterText } from './use-counter-text.ts';

/**
 * What just happened, big enough to read across the counter: stamps or points awarded, any
 * reward unlocked with its voucher code. Focus lands on "next customer", so Enter moves on.
 */
export function Confirmation(props: {
  customer: Customer;
  outcome: Outcome;
  /** The till's queue, to follow a queued sale to "enregistré". */
  sales: readonly QueuedSale[];
  onNext(): void;
  onAgain(): void;
  onRedeemed(o: Outcome): void;
}) {
  const { t, unit } = useCounterText();
  const format = useFormat();
  const localized = useLocalized();
  const next = useRef<HTMLButtonElement>(null);
  const catalogOf = useCatalog();
  const tierReached = useTierReached();
  const { outcome } = props;
  const reached =
    outcome.kind === 'purchase' ? tierReached(outcome.tierBefore, outcome.result.tier?.name) : null;
  useEffect(() => {
    if (outcome) next.current?.focus();
  }, [outcome]);
  const programName = (id: string) =>
    outcome.kind === 'queued'
      ? ''
      : localized(outcome.result.card.find((p) => p.programId === id)?.programName);
  return (
    <section className="stack counter-done" aria-live="polite">
      {outcome.kind === 'queued' ? (
        props.sales.some((s) => s.key === outcome.sale.key && s.state === 'pending') ? (
          <div className="alert warn big-alert" role="status">
            {t('queued', {
              amount: format.cents(outcome.sale.amountCents),
              name: displayName(props.customer),
            })}
          </div>
        ) : props.sales.some((s) => s.key === outcome.sale.key) ? null : (
          <div className="alert ok big-alert" role="status">
            <strong>{t('recorded', { amount: format.cents(outcome.sale.amountCents) })}</strong>
          </div>
        )
      ) : outcome.kind === 'redemption' ? (
        <div className="alert ok big-alert" role="status">
          <strong>{t('redeemed', { reward: localized(outcome.result.reward.name) })}</strong>
          <span className="counter-code">{outcome.result.voucherCode}</span>
        </div>
      ) : (
        <div className="alert ok big-alert" role="status">
          <strong>{t('recorded', { amount: format.cents(outcome.result.amountCents) })}</strong>
          <ul>
            {outcome.result.awarded.map((a) => (
              <li key={a.programId}>
                {t('awarded', {
                  amount: a.amount,
                  unit: unit(a.unit, a.amount),
                  program: programName(a.programId),
                })}
              </li>
            ))}
            {outcome.result.notEarned.map((n) => (
              <li key={n.programId}>{t('noEarn', { program: programName(n.programId) })}</li>
            ))}
          </ul>
          {outcome.result.awarded.flatMap((a) => {
            const program = outcome.result.card.find((p) => p.programId === a.programId);
            if (program?.kind !== 'points') return [];
            return newlyAffordable(program.balance, a.amount, catalogOf(a.programId)).map((r) => (
              <div key={r.id} className="counter-unlocked">
                <strong>{t('nowAffordable', { reward: localized(r.name) })}</strong>
              </div>
            ));
          })}
          {reached && (
            <div className="counter-unlocked">
              <strong>{reached}</strong>
            </div>
          )}
          {outcome.result.unlocked.map((v) => (
            <div key={v.code} className="counter-unlocked">
              <strong>{t('unlocked', { reward: localized(v.rewardName) })}</strong>
              <span className="counter-code-line">
                <span className="small">{t('voucherCodeLabel')} </span>
                <span className="counter-code">{v.code}</span>
              </span>
            </div>
          ))}
        </div>
      )}
      {outcome.kind === 'purchase' && (
        <TierStanding compact tier={outcome.result.tier} level={outcome.result.tierLevel} />
      )}
      {outcome.kind !== 'queued' && <CardBalances programs={outcome.result.card} />}
      <div className="counter-actions">
        <button ref={next} type="button" className="button big" onClick={props.onNext}>
          {t('next')}
        </button>
        <button type="button" className="button secondary big" onClick={props.onAgain}>
          {t('again')}
        </button>
      </div>
      {outcome.kind === 'purchase' && outcome.result.unlocked.length > 0 && (
        <RewardsPanel
          customerId={props.customer.id}
          programs={outcome.result.card.map((p) => ({
            ...p,
            vouchers: p.vouchers.filter((v) =>
              outcome.result.unlocked.some((u) => u.code === v.code),
            ),
            redeemableRewardIds: [],
            kind: 'stamps',
          }))}
          onRedeemed={(result) => props.onRedeemed({ kind: 'redemption', result })}
        />
      )}
    </section>
  );
}
