import type { Kysely } from 'kysely';
import { hashPassword, passwordProblem } from '../../auth/passwords.ts';
import { digest } from '../../auth/tokens.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { takeLivePasswordReset, usePasswordResetsOf } from '../../repositories/password-resets.ts';
import { deleteSessionsOfUser } from '../../repositories/sessions.ts';
import { findUserById, updatePasswordHash } from '../../repositories/users.ts';
import { weakPassword } from './sign-up-owner.ts';

export function invalidLink(): AppError {
  return new AppError(
    'invalid_link',
    'This link is invalid, expired or already used; ask for a new one',
  );
}

/**
 * Sets a new password from a reset link. The link (and every other outstanding one of that
 * person) stops working, and every session ends: whoever knew the old password is out.
 */
export async function confirmPasswordReset(
  db: Kysely<Database>,
  input: { token: string; password: string; now: Date },
) {
  const tokenHash = digest(input.token);
  return asSystem(db, async (tx) => {
    const reset = await takeLivePasswordReset(tx, tokenHash, input.now);
    if (!reset) throw invalidLink();
    const user = await findUserById(tx, reset.user_id);
    if (!user) throw invalidLink();
    const problem = passwordProblem(input.password, user.email);
    if (problem) throw weakPassword(problem);
    await updatePasswordHash(tx, user.id, await hashPassword(input.password));
    await usePasswordResetsOf(tx, user.id, input.now);
    const sessionsEnded = await deleteSessionsOfUser(tx, user.id);
    return { userId: user.id, sessionsEnded };
  });
}
