import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { hashPassword, passwordProblem } from '../../auth/passwords.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem, type Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findUserByEmail, insertMembership, insertUser } from '../../repositories/users.ts';
import { type CreateMerchantInput, createMerchant } from '../merchants/create-merchant.ts';

export type SignUpOwnerInput = CreateMerchantInput & {
  email: string;
  password: string;
  displayName?: string | null;
};

/** A new business owner: their login, their merchant and the owner membership, all or nothing. */
export async function signUpOwner(db: Kysely<Database>, input: SignUpOwnerInput, now: Date) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw weakPassword(problem);
  const passwordHash = await hashPassword(input.password);
  return asSystem(db, (tx) => createOwnerAccount(tx, { ...input, passwordHash }, now));
}

/**
 * Writes the login, the merchant and the owner membership in the caller's system
 * transaction (directly at sign-up without SMTP, or when the emailed sign-up link is opened).
 */
export async function createOwnerAccount(
  tx: Tx,
  input: Omit<SignUpOwnerInput, 'password'> & { passwordHash: string },
  now: Date,
) {
  if (await findUserByEmail(tx, input.email)) {
    throw new AppError('email_taken', 'An account already exists with this email; log in instead', {
      fields: [{ field: 'email', message: 'already registered', code: 'email_taken' }],
    });
  }
  const merchant = await createMerchant(tx, input);
  const user = await insertUser(tx, {
    id: uuidv7(),
    email: input.email,
    passwordHash: input.passwordHash,
    displayName: input.displayName ?? null,
  });
  await insertMembership(tx, merchant.id, user.id, 'owner');
  await appendAudit(tx, merchant.id, { type: 'user', id: user.id }, now, {
    action: 'merchant.created',
    subjectType: 'merchant',
    subjectId: merchant.id,
  });
  return { user, merchant };
}

export function weakPassword(
  problem: 'too_short' | 'too_long' | 'too_common',
  field = 'password',
): AppError {
  const messages = {
    too_short: 'at least 8 characters',
    too_long: 'at most 200 characters',
    too_common: 'too common; choose a less predictable password',
  };
  return new AppError('weak_password', `Password rejected: ${messages[problem]}`, {
    fields: [{ field, message: messages[problem], code: problem }],
  });
}
