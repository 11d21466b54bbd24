import type { Kysely } from 'kysely';
import { digest } from '../../auth/tokens.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import {
  markSignupRequestUsed,
  takeLiveSignupRequest,
} from '../../repositories/signup-requests.ts';
import { invalidLink } from './confirm-password-reset.ts';
import { createOwnerAccount, type SignUpOwnerInput } from './sign-up-owner.ts';

/**
 * Opens the emailed sign-up link: creates the business and its owner exactly as they were
 * typed at sign-up, once. Proof of the mailbox is what makes the account.
 */
export async function completeOwnerSignUp(
  db: Kysely<Database>,
  input: { token: string; now: Date },
) {
  const tokenHash = digest(input.token);
  return asSystem(db, async (tx) => {
    const request = await takeLiveSignupRequest(tx, tokenHash, input.now);
    if (!request) throw invalidLink();
    const details = request.details as Omit<SignUpOwnerInput, 'password' | 'email'>;
    const created = await createOwnerAccount(
      tx,
      { ...details, email: request.email, passwordHash: request.password_hash },
      input.now,
    );
    await markSignupRequestUsed(tx, tokenHash, input.now);
    return created;
  });
}
