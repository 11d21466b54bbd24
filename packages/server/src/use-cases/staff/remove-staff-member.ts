import { withMerchant } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { countOwners, deleteMembership, findMembership } from '../../repositories/users.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Removes someone's access to this business. Their sessions here stop working on the next
 * request (sessions are checked against memberships); their login stays for other businesses.
 */
export function removeStaffMember(scope: MerchantScope, userId: string) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const membership = await findMembership(tx, merchantId, userId);
    if (!membership) throw notFound('Team member');
    if (membership.role === 'owner' && (await countOwners(tx, merchantId)) <= 1) {
      throw new AppError('conflict', 'The last owner cannot be removed');
    }
    await deleteMembership(tx, merchantId, userId);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'staff.removed',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}
