import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import type { RateLimiter } from '../../auth/rate-limiter.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findUserByEmail, membershipsOfUser } from '../../repositories/users.ts';

/** Compared against when the email is unknown, so both paths take the same time. */
const DUMMY_HASH = hashPassword('not-a-real-password-just-timing');

/**
 * Checks an email and password. Failures are counted per email and per address; past the
 * limit the caller gets `rate_limited` with a wait time, which expires on its own (no
 * permanent lock-out that an attacker could use to keep an owner out).
 */
export async function logIn(
  deps: { db: Kysely<Database>; limiter: RateLimiter; now: Date },
  input: { email: string; password: string; clientAddress: string; merchantId?: string },
) {
  const nowMs = deps.now.getTime();
  const keys = [`email:${input.email.toLowerCase()}`, `ip:${input.clientAddress}`];
  const wait = Math.max(...keys.map((k) => deps.limiter.retryAfter(k, nowMs)));
  if (wait > 0) {
    throw new AppError('rate_limited', `Too many failed attempts; try again in ${wait} s`, {
      retryAfterSeconds: wait,
    });
  }
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
    for (const k of keys) deps.limiter.hit(k, nowMs);
    throw new AppError('invalid_credentials', 'Email or password is incorrect');
  }
  deps.limiter.reset(keys[0]!);
  return { userId: found.user.id, merchantId: membership.merchant_id, role: membership.role };
}
