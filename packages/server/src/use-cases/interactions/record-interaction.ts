import { uuidv7 } from 'uuidv7';
import type { DisputeStatus, InteractionKind } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findInteraction, insertInteraction } from '../../repositories/interactions.ts';
import type { MerchantScope } from '../scope.ts';

export type InteractionInput = {
  kind: InteractionKind;
  occurredAt?: string | undefined;
  minutesSpent?: number | undefined;
  outcome?: string | null | undefined;
  concededCents?: number | undefined;
  /** Disputes only: where it stands (open when not said). */
  disputeStatus?: DisputeStatus | undefined;
  /** Late payments only: how much was late, and by how many days. */
  latePayment?: { amountCents: number; daysLate: number } | undefined;
};

/**
 * Writes down a call, a visit, an email, a complaint, a dispute or a late payment, with who
 * recorded it, the time it took and how it ended. An interaction cannot be dated in the future
 * (it happened), and kind-specific fields belong to their kind only.
 */
export async function recordInteraction(
  tx: Tx,
  scope: MerchantScope,
  customerId: string,
  input: InteractionInput,
) {
  const { merchantId, actor, now } = scope;
  checkInteraction(input, now);
  if (!(await findCustomer(tx, merchantId, customerId))) throw notFound('Customer');
  const { id } = await insertInteraction(tx, {
    merchantId,
    id: uuidv7(),
    customerId,
    kind: input.kind,
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
    author: actor,
    minutesSpent: input.minutesSpent ?? 0,
    outcome: input.outcome?.trim() || null,
    concededCents: input.concededCents ?? 0,
    disputeStatus: input.kind === 'dispute' ? (input.disputeStatus ?? 'open') : null,
    latePayment: input.latePayment
      ? { amountCents: input.latePayment.amountCents, days: input.latePayment.daysLate }
      : null,
    at: now,
  });
  // The audit names the kind, never the outcome: free text about a person stays in one place.
  await appendAudit(tx, merchantId, actor, now, {
    action: 'customer.interaction_recorded',
    subjectType: 'customer',
    subjectId: customerId,
    details: { interactionId: id, kind: input.kind },
  });
  return (await findInteraction(tx, merchantId, customerId, id))!;
}

function checkInteraction(input: InteractionInput, now: Date) {
  const errors: FieldError[] = [];
  if (input.occurredAt && new Date(input.occurredAt).getTime() > now.getTime() + 60_000) {
    errors.push({ field: 'occurredAt', message: 'cannot be in the future', code: 'in_future' });
  }
  if (input.disputeStatus !== undefined && input.kind !== 'dispute') {
    errors.push({
      field: 'disputeStatus',
      message: 'only for a dispute',
      code: 'only_for_disputes',
    });
  }
  if (input.kind === 'late_payment' && !input.latePayment) {
    errors.push({
      field: 'latePayment',
      message: 'give the amount and the days late',
      code: 'required',
    });
  }
  if (input.latePayment && input.kind !== 'late_payment') {
    errors.push({
      field: 'latePayment',
      message: 'only for a late payment',
      code: 'only_for_late_payments',
    });
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'Some details are missing or not valid', {
      fields: errors,
    });
  }
}
