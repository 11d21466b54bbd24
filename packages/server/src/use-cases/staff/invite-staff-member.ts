import { uuidv7 } from 'uuidv7';
import { digest, newSecret } from '../../auth/tokens.ts';
import type { Role } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { accountMail } from '../../mail/account-mails.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueShopMail } from '../../mail/queue-mail.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { insertStaffInvitation } from '../../repositories/staff-invitations.ts';
import type { MerchantScope } from '../scope.ts';

/** An invitation link works for a week. */
export const INVITATION_TTL_MS = 7 * 24 * 3_600_000;

/**
 * With mail configured, adding someone to the team is an invitation they accept from a link:
 * whether the address already has a Habitué login is never looked up here, so the owner's
 * answer, the shop's outbox and the time taken are the same for everyone, and nobody can use
 * the team settings to learn who has an account. Joining a business stays the invitee's
 * decision (with their own password if they have a login, or one they choose).
 */
export async function inviteStaffMember(
  scope: MerchantScope,
  deps: { mailer: Mailer; publicUrl: string },
  input: { email: string; role: Role; displayName?: string | null },
) {
  const token = newSecret();
  const id = uuidv7();
  await withMerchant(scope.db, scope.merchantId, async (tx) => {
    const merchant = await findMerchantById(tx, scope.merchantId);
    await insertStaffInvitation(tx, {
      merchantId: scope.merchantId,
      id,
      tokenHash: digest(token),
      email: input.email,
      role: input.role,
      displayName: input.displayName ?? null,
      invitedBy: scope.actor.type === 'user' ? scope.actor.id : null,
      now: scope.now,
      expiresAt: new Date(scope.now.getTime() + INVITATION_TTL_MS),
    });
    const name = merchant?.name ?? '';
    await queueShopMail(tx, deps.mailer, scope.merchantId, {
      idempotencyKey: `staff_invitation:${id}`,
      message: accountMail('staff_invitation', merchant?.locale ?? 'fr', input.email, {
        link: `${deps.publicUrl}/join-team#token=${token}`,
        businessName: name,
        inviter: name,
      }),
      now: scope.now,
    });
    await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
      action: 'staff.invited',
      subjectType: 'invitation',
      subjectId: id,
      details: { role: input.role },
    });
  });
  deps.mailer.nudge();
  return { status: 'invitation_sent' as const, email: input.email, role: input.role };
}
