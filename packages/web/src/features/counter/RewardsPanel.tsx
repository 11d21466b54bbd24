import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useLocalized } from '../../i18n/i18n.tsx';
import { CounterError } from './CounterError.tsx';
import { type CatalogReward, splitByBalance } from './points-rewards.ts';
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

/** A points program's catalog, from the programs list. */
export function useCatalog() {
  const programs = usePrograms();
  return (programId: string): CatalogReward[] =>
    programs.data?.items.find((p) => p.id === programId)?.rewards ?? [];
}

type Spend = { programId: string; reward: CatalogReward; balance: number; unit: string };

/**
 * What the customer can have now, as big buttons: vouchers ready to use, and the points
 * rewards their balance buys. Spending points asks for confirmation first; rewards not yet
 * reachable are listed apart with the points still missing. A refusal shows at the top of the
 * panel and is scrolled into view, so a phone shows it where the cashier is looking.
 */
export function RewardsPanel(props: {
  customerId: string;
  programs: CardProgram[];
  onRedeemed(r: RedemptionResult): void;
}) {
  const { t, unit } = useCounterText();
  const localized = useLocalized();
  const catalogOf = useCatalog();
  const { keyFor, done } = useActionKey();
  const [unitOfLast, setUnitOfLast] = useState('points');
  const [asking, setAsking] = useState<Spend | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
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
      // A reward choice always answers with the reward given (points conversions answer
      // with a discount instead, and are made from the quote).
      if ('redemptionId' in r) props.onRedeemed(r);
    },
  });
  useEffect(() => {
    if (redeem.error) errorRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [redeem.error]);
  const vouchers = props.programs.flatMap((p) =>
    p.vouchers.map((v) => ({ program: p, voucher: v })),
  );
  const points = props.programs
    .filter((p) => p.kind === 'points' && !p.archived)
    .map((p) => ({ program: p, ...splitByBalance(p.balance, catalogOf(p.programId)) }));
  const affordable = points.flatMap((p) => p.affordable.map((reward) => ({ ...p, reward })));
  const later = points.flatMap((p) => p.later.map((l) => ({ ...p, ...l })));
  const give = (choice: Choice, unitOf: string) => {
    setUnitOfLast(unitOf);
    setAsking(null);
    redeem.mutate(choice);
  };
  return (
    <section className="stack" aria-labelledby="counter-rewards">
      <h2 id="counter-rewards" className="counter-section-title">
        {t('rewards')}
      </h2>
      <div ref={errorRef}>
        <CounterError error={redeem.error} unit={unitOfLast} />
      </div>
      {vouchers.length === 0 && affordable.length === 0 && (
        <p className="muted">{t('noRewards')}</p>
      )}
      <div className="counter-rewards">
        {vouchers.map(({ program, voucher }) => (
          <button
            key={voucher.code}
            type="button"
            className="button big reward"
            disabled={redeem.isPending}
            onClick={() => give({ voucherCode: voucher.code }, program.unit)}
          >
            <span>
              {t('useVoucher', {
                reward:
                  localized(voucher.rewardName) ||
                  localized(
                    catalogOf(program.programId).find((r) => r.id === voucher.rewardId)?.name,
                  ),
              })}
            </span>
            <span className="counter-code">{voucher.code}</span>
          </button>
        ))}
        {affordable.map(({ program, reward }) =>
          asking?.reward.id === reward.id ? (
            <div key={reward.id} className="alert warn stack" role="alert">
              <strong>
                {t('spendConfirm', {
                  cost: reward.cost,
                  unit: unit(program.unit, reward.cost),
                  reward: localized(reward.name),
                })}
              </strong>
              <span>
                {t('spendLeft', {
                  left: program.balance - reward.cost,
                  unit: unit(program.unit, program.balance - reward.cost),
                })}
              </span>
              <div className="counter-actions stacked">
                <button
                  type="button"
                  className="button big"
                  disabled={redeem.isPending}
                  onClick={() => give({ rewardId: reward.id }, program.unit)}
                >
                  {t('spendYes')}
                </button>
                <button
                  type="button"
                  className="button secondary big"
                  onClick={() => setAsking(null)}
                >
                  {t('cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button
              key={reward.id}
              type="button"
              className="button big reward"
              disabled={redeem.isPending}
              onClick={() =>
                setAsking({
                  programId: program.programId,
                  reward,
                  balance: program.balance,
                  unit: program.unit,
                })
              }
            >
              <span>
                {t('redeemPoints', {
                  reward: localized(reward.name),
                  cost: reward.cost,
                  unit: unit(program.unit, reward.cost),
                })}
              </span>
            </button>
          ),
        )}
      </div>
      {later.length > 0 && (
        <div className="stack counter-later">
          <h3 className="counter-section-title small">{t('notYetReachable')}</h3>
          <ul>
            {later.map(({ program, reward, missing }) => (
              <li key={reward.id}>
                {t('laterReward', {
                  reward: localized(reward.name),
                  cost: reward.cost,
                  missing,
                  unit: unit(program.unit, missing),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
