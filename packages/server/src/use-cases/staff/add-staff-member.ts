import { uuidv7 } from 'uuidv7';
import { hashPassword, passwordProblem } from '../../auth/passwords.ts';
import type { Role } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findUserByEmail, insertMembership, insertUser } from '../../repositories/users.ts';
import { weakPassword } from '../accounts/sign-up-owner.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * An owner creates a login for someone on the team, with the initial password they chose (to
 * hand over at the shop). An email that already has a Habitué login is refused: joining another
 * business must be that person's decision (an invitation they accept), never another owner's,
 * and the answer reveals nothing about that login. The login, the membership and the audit line
 * are written in one transaction, all three by the system role (as sign-up writes an owner's),
 * each naming this merchant: on a Citus cluster a transaction's statements reach the workers
 * over one connection per role, and a membership written by the restricted role would not see
 * the login the system role's connection has just written (its key to `users` would fail).
 */
export async function addStaffMember(
  scope: MerchantScope,
  input: { email: string; role: Role; displayName?: string | null; initialPassword?: string },
) {
  const { db, merchantId, actor, now } = scope;
  if (!input.initialPassword) {
    throw new AppError('validation_failed', 'A new team member needs an initial password', {
      fields: [{ field: 'initialPassword', message: 'required for a new login', code: 'required' }],
    });
  }
  const problem = passwordProblem(input.initialPassword, input.email);
  if (problem) throw weakPassword(problem, 'initialPassword');
  const passwordHash = await hashPassword(input.initialPassword);
  return db.transaction().execute(async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw new AppError(
        'email_taken',
        'This email already has a Habitué login; use another address for this team member',
        {
          fields: [{ field: 'email', message: 'already has a login', code: 'email_taken' }],
        },
      );
    }
    const user = await insertUser(tx, {
      id: uuidv7(),
      email: input.email,
      passwordHash,
      displayName: input.displayName ?? null,
    });
    await insertMembership(tx, merchantId, user.id, input.role);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'staff.added',
      subjectType: 'user',
      subjectId: user.id,
      details: { role: input.role },
    });
    return { id: user.id, email: user.email, displayName: user.display_name, role: input.role };
  });
}
