import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendCausePayment, causeOwed, findCause } from '../../repositories/causes.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Records a donation the shop made to a cause (a transfer, a cheque…), so that what is owed
 * goes down. Never more than what is owed: a typo would otherwise hide future shares.
 */
export async function recordCausePayment(
  tx: Tx,
  scope: MerchantScope,
  causeId: string,
  input: { amountCents: number; paidOn: string; reference?: string | null | undefined },
) {
  // Locked so that two payments recorded at once cannot both fit under what is owed.
  if (!(await findCause(tx, scope.merchantId, causeId, { forUpdate: true })))
    throw notFound('Cause');
  const owed = await causeOwed(tx, scope.merchantId, causeId);
  if (input.amountCents > owed) {
    throw new AppError(
      'cause_payment_exceeds_owed',
      `At most ${Math.max(owed, 0)} cents are owed`,
      {
        owedCents: Math.max(owed, 0),
        fields: [
          {
            field: 'amountCents',
            message: 'more than owed',
            code: 'too_big',
            maximum: Math.max(owed, 0),
          },
        ],
      },
    );
  }
  const id = uuidv7();
  await appendCausePayment(tx, {
    merchantId: scope.merchantId,
    id,
    causeId,
    amountCents: input.amountCents,
    paidOn: input.paidOn,
    reference: input.reference?.trim() || null,
    actor: scope.actor,
    at: scope.now,
  });
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'cause.paid',
    subjectType: 'cause',
    subjectId: causeId,
    details: { paymentId: id, amountCents: input.amountCents, paidOn: input.paidOn },
  });
  return {
    id,
    causeId,
    amountCents: input.amountCents,
    paidOn: input.paidOn,
    owedCents: owed - input.amountCents,
  };
}
