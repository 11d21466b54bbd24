import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/passwords.ts';
import { digest } from '../../auth/tokens.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findLiveInvitation,
  markInvitationAccepted,
} from '../../repositories/staff-invitations.ts';
import {
  findMembership,
  findUserByEmail,
  insertMembership,
  insertUser,
} from '../../repositories/users.ts';
import { invalidLink } from './confirm-password-reset.ts';
import { weakPassword } from './sign-up-owner.ts';

/**
 * What the invitee sees before accepting. Only the holder of the link (the mailbox) learns
 * whether their own address already has a login, to be asked for the right password.
 */
export async function describeStaffInvitation(
  db: Kysely<Database>,
  input: { token: string; now: Date },
) {
  return asSystem(db, async (tx) => {
    const invitation = await findLiveInvitation(tx, digest(input.token), input.now);
    if (!invitation) throw invalidLink();
    const user = await findUserByEmail(tx, invitation.email);
    return {
      businessName: invitation.merchant_name,
      email: invitation.email,
      role: invitation.role,
      hasAccount: user !== undefined,
    };
  });
}

/**
 * Accepts an invitation: with an existing login, its password proves who accepts; otherwise
 * the password chosen here creates the login. The membership, the audit entry and the used
 * link are written together; the caller then opens a session at that business.
 */
export async function acceptStaffInvitation(
  db: Kysely<Database>,
  input: { token: string; password: string; now: Date },
) {
  return asSystem(db, async (tx) => {
    const invitation = await findLiveInvitation(tx, digest(input.token), input.now, true);
    if (!invitation) throw invalidLink();
    let user = await findUserByEmail(tx, invitation.email);
    if (user) {
      if (!(await verifyPassword(input.password, user.password_hash))) {
        throw new AppError('wrong_password', 'This is not the password of this login', {
          fields: [{ field: 'password', message: 'not correct', code: 'wrong_password' }],
        });
      }
    } else {
      const problem = passwordProblem(input.password, invitation.email);
      if (problem) throw weakPassword(problem);
      user = await insertUser(tx, {
        id: uuidv7(),
        email: invitation.email,
        passwordHash: await hashPassword(input.password),
        displayName: invitation.display_name,
      });
    }
    if (!(await findMembership(tx, invitation.merchant_id, user.id))) {
      await insertMembership(tx, invitation.merchant_id, user.id, invitation.role);
    }
    await markInvitationAccepted(tx, invitation.merchant_id, invitation.id, input.now);
    await appendAudit(tx, invitation.merchant_id, { type: 'user', id: user.id }, input.now, {
      action: 'staff.added',
      subjectType: 'user',
      subjectId: user.id,
      details: { role: invitation.role, byInvitation: true },
    });
    return { userId: user.id, merchantId: invitation.merchant_id, role: invitation.role };
  });
}
