import { useCallback } from 'react';
import { ApiProblem } from '../../api/problem.ts';
import { usePlural, useT } from '../../i18n/i18n.tsx';
import { type CounterKey, messages } from './messages.ts';
import type { Refusal } from './sale-queue.ts';

const BY_CODE: Partial<Record<string, CounterKey>> = {
  voucher_already_used: 'voucherUsed',
  voucher_expired: 'voucherExpired',
  voucher_voided: 'voucherVoided',
  voucher_not_found: 'voucherNotFound',
  no_voucher_available: 'noVoucher',
  reward_archived: 'rewardArchived',
  below_minimum_purchase: 'belowMinimum',
  not_found: 'customerGone',
  external_id_conflict: 'externalIdConflict',
  idempotency_key_reused: 'keyReused',
  forbidden: 'forbiddenSale',
  validation_failed: 'saleInvalid',
};

/** The server's field codes for the amount, in the counter's words (never its English). */
const AMOUNT_BY_CODE: Partial<Record<string, CounterKey>> = {
  too_big: 'amountTooBig',
  too_small: 'amountInvalid',
  invalid_type: 'amountInvalid',
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
  /** What to say next to the amount for the server's field error, in the person's language. */
  const amountError = useCallback(
    (error: unknown): string | undefined => {
      if (!(error instanceof ApiProblem)) return undefined;
      const field = error.fields.find((f) => f.field === 'amountCents');
      if (!field) return undefined;
      const key = field.code ? AMOUNT_BY_CODE[field.code] : undefined;
      return t(key ?? 'amountInvalid');
    },
    [t],
  );
  /** Why the server refused a queued sale, as a sentence in the person's language. */
  const refusalReason = useCallback(
    (refusal: Refusal): string => {
      const amount = refusal.fields.find((f) => f.field === 'amountCents');
      if (amount) return t((amount.code && AMOUNT_BY_CODE[amount.code]) || 'amountInvalid');
      const key = BY_CODE[refusal.code];
      // Any other code: the web app's catalogue words it (never the server's English).
      return key
        ? t(key)
        : new ApiProblem(refusal.status, refusal.code, refusal.detail, refusal.fields).text();
    },
    [t],
  );
  return { t, unit, problem, amountError, refusalReason };
}
