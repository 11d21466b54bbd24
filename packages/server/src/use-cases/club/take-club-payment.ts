import { membershipCard } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendClubEvent, type ClubPaymentMethod } from '../../repositories/club.ts';
import { lockCustomer } from '../../repositories/ledger.ts';
import type { MerchantScope } from '../scope.ts';
import { loadMembership } from './load-membership.ts';

/**
 * Records a club fee paid at the counter or through the API (cash, card or other, as the
 * cashier noted it): it joins the club, renews it from the renewal date, or rejoins after a
 * lapse. The fee is the club's current one; once through `runWrite`, a retried request with
 * the same Idempotency-Key records nothing more.
 */
export async function takeClubPayment(
  tx: Tx,
  scope: MerchantScope,
  customerId: string,
  input: { method: ClubPaymentMethod },
) {
  const { merchantId, actor, now } = scope;
  // Locked so that two payments at once extend the membership one after the other.
  if (!(await lockCustomer(tx, merchantId, { customerId }))) throw notFound('Customer');
  const before = await loadMembership(tx, merchantId, customerId, now);
  if (!before?.active) {
    throw new AppError('club_not_set_up', 'The shop has no club taking fees');
  }
  const id = uuidv7();
  const { feeCents, period } = before.settings;
  await appendClubEvent(tx, {
    merchantId,
    id,
    customerId,
    at: now,
    actor,
    payment: { period, amountCents: feeCents, method: input.method },
  });
  await appendAudit(tx, merchantId, actor, now, {
    action: 'club.fee_paid',
    subjectType: 'customer',
    subjectId: customerId,
    details: { paymentId: id, amountCents: feeCents, period, method: input.method },
  });
  const after = await loadMembership(tx, merchantId, customerId, now);
  return {
    paymentId: id,
    customerId,
    amountCents: feeCents,
    period,
    method: input.method,
    renewed: before.membership.isMember,
    membership: membershipCard(after!.membership, after!.settings, after!.timeZone),
  };
}
