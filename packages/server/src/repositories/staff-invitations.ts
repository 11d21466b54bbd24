import type { Role } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export async function insertStaffInvitation(
  tx: Tx,
  i: {
    merchantId: string;
    id: string;
    tokenHash: string;
    email: string;
    role: Role;
    displayName: string | null;
    invitedBy: string | null;
    now: Date;
    expiresAt: Date;
  },
) {
  await tx
    .insertInto('staff_invitations')
    .values({
      merchant_id: i.merchantId,
      id: i.id,
      token_hash: i.tokenHash,
      email: i.email,
      role: i.role,
      display_name: i.displayName,
      invited_by: i.invitedBy,
      created_at: i.now,
      expires_at: i.expiresAt,
    })
    .execute();
}

/**
 * A live invitation by its link's digest, with its business's name (a system look-up: the
 * link is what identifies the merchant). `lock` for accepting it.
 */
export function findLiveInvitation(tx: Tx, tokenHash: string, now: Date, lock = false) {
  return tx
    .selectFrom('staff_invitations')
    .innerJoin('merchants', 'merchants.id', 'staff_invitations.merchant_id')
    .select([
      'staff_invitations.merchant_id',
      'staff_invitations.id',
      'staff_invitations.email',
      'staff_invitations.role',
      'staff_invitations.display_name',
      'merchants.name as merchant_name',
    ])
    .where('staff_invitations.token_hash', '=', tokenHash)
    .where('staff_invitations.accepted_at', 'is', null)
    .where('staff_invitations.expires_at', '>', now)
    .$if(lock, (q) => q.forUpdate('staff_invitations'))
    .executeTakeFirst();
}

export async function markInvitationAccepted(tx: Tx, merchantId: string, id: string, now: Date) {
  await tx
    .updateTable('staff_invitations')
    .set({ accepted_at: now })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .execute();
}
