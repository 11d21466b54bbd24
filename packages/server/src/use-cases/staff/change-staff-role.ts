import type { Role } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { countOwners, findMembership, updateMembershipRole } from '../../repositories/users.ts';
import type { MerchantScope } from '../scope.ts';

/** Changes a team member's role; a business always keeps at least one owner. */
export function changeStaffRole(scope: MerchantScope, userId: string, role: Role) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const membership = await findMembership(tx, merchantId, userId);
    if (!membership) throw notFound('Team member');
    if (
      membership.role === 'owner' &&
      role !== 'owner' &&
      (await countOwners(tx, merchantId)) <= 1
    ) {
      throw new AppError(
        'conflict',
        'The last owner cannot be demoted; make someone else owner first',
      );
    }
    await updateMembershipRole(tx, merchantId, userId, role);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'staff.role_changed',
      subjectType: 'user',
      subjectId: userId,
      details: { from: membership.role, to: role },
    });
    return { id: userId, role };
  });
}
