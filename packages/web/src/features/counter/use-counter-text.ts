import { useCallback } from 'react';
import { ApiProblem } from '../../api/problem.ts';
import { usePlural, useT } from '../../i18n/i18n.tsx';
import { type CounterKey, messages } from './messages.ts';

const BY_CODE: Partial<Record<string, CounterKey>> = {
  voucher_already_used: 'voucherUsed',
  voucher_expired: 'voucherExpired',
  voucher_voided: 'voucherVoided',
  voucher_not_found: 'voucherNotFound',
  no_voucher_available: 'noVoucher',
  reward_archived: 'rewardArchived',
  below_minimum_purchase: 'belowMinimum',
  not_found: 'customerGone',
};

/** The counter's texts, plus units with their plural and errors as sentences. */
export function useCounterText() {
  const t = useT(messages);
  const plural = usePlural();
  const unit = useCallback(
    (u: string, n: number) =>
      u === 'stamps'
        ? t(plural(n) === 'one' ? 'stamp' : 'stamps')
        : t(plural(n) === 'one' ? 'point' : 'points'),
    [t, plural],
  );
  /** A sentence for the cashier, or null to let <ProblemAlert> say it. */
  const problem = useCallback(
    (error: unknown, unitOf = 'points'): string | null => {
      if (!(error instanceof ApiProblem)) return null;
      if (error.code === 'insufficient_balance') {
        const balance = Number(error.extra.balance ?? 0);
        const cost = Number(error.extra.cost ?? 0);
        return t('insufficient', { balance, cost, unit: unit(unitOf, balance) });
      }
      const key = BY_CODE[error.code];
      return key ? t(key) : null;
    },
    [t, unit],
  );
  return { t, unit, problem };
}
