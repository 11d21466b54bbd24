import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useFormat } from '../../i18n/i18n.tsx';
import { CounterError } from './CounterError.tsx';
import { type PointsRate, pointsToCover, pointsWorth } from './points-money.ts';
import { usePrograms } from './RewardsPanel.tsx';
import type { CardProgram } from './types.ts';
import { useActionKey } from './use-action-key.ts';
import { useCounterText } from './use-counter-text.ts';

/**
 * "Use N points": for each points program with a rate, converts the number of points the
 * cashier chooses (suggested: what pays the amount due) into money off; the quote then shows it.
 */
export function PointsAsMoney(props: {
  customerId: string;
  programs: readonly CardProgram[];
  dueCents: number | null;
  onCard(card: CardProgram[]): void;
}) {
  const programs = usePrograms();
  const convertible = props.programs.flatMap((p) => {
    const rate = (
      programs.data?.items.find((x) => x.id === p.programId) as
        | { pointsAsMoney?: PointsRate }
        | undefined
    )?.pointsAsMoney;
    return p.kind === 'points' && !p.archived && rate && p.balance > 0
      ? [{ program: p, rate }]
      : [];
  });
  return (
    <>
      {convertible.map(({ program, rate }) => (
        <PointsLine key={program.programId} {...props} program={program} rate={rate} />
      ))}
    </>
  );
}

function PointsLine(props: {
  customerId: string;
  program: CardProgram;
  rate: PointsRate;
  dueCents: number | null;
  onCard(card: CardProgram[]): void;
}) {
  const { t } = useCounterText();
  const format = useFormat();
  const client = useQueryClient();
  const { keyFor, done } = useActionKey();
  const suggested = pointsToCover(props.rate, props.dueCents ?? 0, props.program.balance);
  const [typed, setTyped] = useState<string | null>(null);
  const points = Number.parseInt(typed ?? String(suggested), 10);
  const valid = Number.isInteger(points) && points > 0 && points <= props.program.balance;
  const convert = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/redemptions', {
          body: { customerId: props.customerId, programId: props.program.programId, points },
          headers: { 'Idempotency-Key': keyFor(`${props.program.programId}:${points}`) },
        }),
      ),
    onSuccess: (r) => {
      done();
      setTyped(null);
      props.onCard(r.card);
      void client.invalidateQueries({ queryKey: ['quote', props.customerId] });
    },
    onError: () => done(),
  });
  const rateText = t('pointsRate', {
    points: props.rate.points,
    amount: format.cents(props.rate.cents),
  });
  return (
    <div className="counter-promo">
      <label>
        <span>{t('pointsLabel')}</span>
        <input
          inputMode="numeric"
          autoComplete="off"
          value={typed ?? String(suggested)}
          onChange={(e) => setTyped(e.target.value)}
        />
        <span className="muted small">
          {t('pointsHint', { rate: rateText, balance: props.program.balance })}
        </span>
      </label>
      <button
        type="button"
        className="button secondary"
        disabled={!valid || convert.isPending}
        onClick={() => convert.mutate()}
      >
        {t('pointsUse', { points: valid ? points : 0 })}
        {valid ? ` (−${format.cents(pointsWorth(props.rate, points))})` : ''}
      </button>
      {convert.data && 'conversionId' in convert.data && (
        <p className="muted small" role="status">
          {t('pointsConverted', {
            points: convert.data.points,
            amount: format.cents(convert.data.amountCents),
          })}
        </p>
      )}
      <CounterError error={convert.error} />
    </div>
  );
}
