import { membershipCard } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendClubEvent } from '../../repositories/club.ts';
import { lockCustomer } from '../../repositories/ledger.ts';
import type { MerchantScope } from '../scope.ts';
import { loadMembership } from './load-membership.ts';

/**
 * Cancels a membership at the member's request: the time paid for is kept (a member until the
 * renewal date), no grace follows and no reminder is sent. Paying again before the end undoes it.
 */
export async function cancelClubMembership(tx: Tx, scope: MerchantScope, customerId: string) {
  const { merchantId, actor, now } = scope;
  if (!(await lockCustomer(tx, merchantId, { customerId }))) throw notFound('Customer');
  const before = await loadMembership(tx, merchantId, customerId, now);
  if (!before) throw new AppError('club_not_set_up', 'The shop has no club');
  const state = before.membership.state;
  if (state !== 'active' && state !== 'grace') {
    throw new AppError('club_membership_not_running', 'This customer has no membership to cancel', {
      state,
    });
  }
  await appendClubEvent(tx, { merchantId, id: uuidv7(), customerId, at: now, actor });
  await appendAudit(tx, merchantId, actor, now, {
    action: 'club.cancelled',
    subjectType: 'customer',
    subjectId: customerId,
    details: {},
  });
  const after = await loadMembership(tx, merchantId, customerId, now);
  return {
    customerId,
    membership: membershipCard(after!.membership, after!.settings, after!.timeZone),
  };
}
