import { daysBetween } from '../b2b/payment-quality.ts';

/** An unpaid invoice of a business account, for the follow-up list. */
export interface UnpaidInvoice {
  readonly accountId: string;
  readonly invoiceId: string;
  readonly number: string;
  readonly amountCents: number;
  readonly dueOn: string;
  readonly paidOn: string | null;
}

export interface LatePaymentFollowUp {
  readonly accountId: string;
  readonly invoiceId: string;
  readonly number: string;
  readonly amountCents: number;
  readonly daysLate: number;
  /** Names the occasion, so that one invoice is followed up once. */
  readonly key: string;
}

/**
 * The late B2B payments worth a call (a follow-up reason): invoices unpaid `graceDays` or more
 * after their due date, the latest first.
 * @example
 * latePaymentFollowUps([{ accountId: 'hotel', invoiceId: 'i1', number: 'F-1', amountCents: 80_000,
 *   dueOn: '2026-11-20', paidOn: null }], '2026-12-06');
 * // [{ accountId: 'hotel', invoiceId: 'i1', number: 'F-1', amountCents: 80_000, daysLate: 16,
 * //    key: 'late-invoice:i1' }]
 */
export function latePaymentFollowUps(
  invoices: readonly UnpaidInvoice[],
  today: string,
  options: { readonly graceDays?: number } = {},
): LatePaymentFollowUp[] {
  const grace = options.graceDays ?? 7;
  return invoices
    .filter((i) => i.paidOn === null && daysBetween(i.dueOn, today) >= grace)
    .map((i) => ({
      accountId: i.accountId,
      invoiceId: i.invoiceId,
      number: i.number,
      amountCents: i.amountCents,
      daysLate: daysBetween(i.dueOn, today),
      key: `late-invoice:${i.invoiceId}`,
    }))
    .sort((a, b) => b.daysLate - a.daysLate || (a.invoiceId < b.invoiceId ? -1 : 1));
}
