import type { Kysely } from 'kysely';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/passwords.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { usePasswordResetsOf } from '../../repositories/password-resets.ts';
import { deleteSessionsOfUser } from '../../repositories/sessions.ts';
import { findUserById, updatePasswordHash } from '../../repositories/users.ts';
import { weakPassword } from './sign-up-owner.ts';

/**
 * A signed-in person changes their own password (a cashier replacing the one the owner typed,
 * for instance). The current password is required, so an unattended open session is not
 * enough to take the account. Every other session ends; this one stays.
 */
export async function changePassword(
  db: Kysely<Database>,
  input: {
    userId: string;
    currentSessionHash: string;
    currentPassword: string;
    newPassword: string;
    now: Date;
  },
) {
  const user = await asSystem(db, (tx) => findUserById(tx, input.userId));
  if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
    throw new AppError('wrong_password', 'The current password is not correct', {
      fields: [{ field: 'currentPassword', message: 'not correct', code: 'wrong_password' }],
    });
  }
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) throw weakPassword(problem, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return asSystem(db, async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash);
    await usePasswordResetsOf(tx, user.id, input.now);
    return { sessionsEnded: await deleteSessionsOfUser(tx, user.id, input.currentSessionHash) };
  });
}
