import type { Kysely } from 'kysely';
import type { Throttles } from '../../auth/attempt-throttle.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findUserByEmail, membershipsOfUser } from '../../repositories/users.ts';
import { type Attempt, settleSuccess, takeAttempts } from '../throttling/take-attempts.ts';

/** Compared against when the email is unknown, so both paths take the same time. */
const DUMMY_HASH = hashPassword('not-a-real-password-just-timing');

/**
 * Checks an email and password. Attempts are counted per (email, address) and per address —
 * never per email alone, so guesses from elsewhere cannot lock the owner out — with delays that
 * grow past a few free tries (`DEFAULT_THROTTLES`). Unknown emails are counted exactly like known
 * ones, so the limits tell nothing about who has an account.
 */
export async function logIn(
  deps: { db: Kysely<Database>; throttles: Throttles; now: Date },
  input: { email: string; password: string; clientAddress: string; merchantId?: string },
) {
  const attempts: Attempt[] = [
    {
      key: `login:${input.email.toLowerCase()}:${input.clientAddress}`,
      policy: deps.throttles.logInPerAccountAndAddress,
    },
    { key: `login-address:${input.clientAddress}`, policy: deps.throttles.logInPerAddress },
  ];
  await takeAttempts(deps.db, attempts, deps.now);
  const found = await asSystem(deps.db, async (tx) => {
    const user = await findUserByEmail(tx, input.email);
    return user ? { user, memberships: await membershipsOfUser(tx, user.id) } : undefined;
  });
  const valid = await verifyPassword(
    input.password,
    found?.user.password_hash ?? (await DUMMY_HASH),
  );
  const membership = found?.memberships.find(
    (m) => !input.merchantId || m.merchant_id === input.merchantId,
  );
  if (!found || !valid || !membership) {
    throw new AppError('invalid_credentials', 'Email or password is incorrect');
  }
  await settleSuccess(deps.db, attempts);
  return { userId: found.user.id, merchantId: membership.merchant_id, role: membership.role };
}
