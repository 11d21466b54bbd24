import type { Tx } from '../db/tenant.ts';

export async function insertSignupRequest(
  tx: Tx,
  r: {
    tokenHash: string;
    email: string;
    passwordHash: string;
    details: Record<string, unknown>;
    now: Date;
    expiresAt: Date;
  },
) {
  await tx
    .insertInto('signup_requests')
    .values({
      token_hash: r.tokenHash,
      email: r.email,
      password_hash: r.passwordHash,
      details: JSON.stringify(r.details),
      created_at: r.now,
      expires_at: r.expiresAt,
    })
    .execute();
}

/** Locks a live sign-up link (two tabs opening it cannot both create the account). */
export function takeLiveSignupRequest(tx: Tx, tokenHash: string, now: Date) {
  return tx
    .selectFrom('signup_requests')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .forUpdate()
    .executeTakeFirst();
}

export async function markSignupRequestUsed(tx: Tx, tokenHash: string, now: Date) {
  await tx
    .updateTable('signup_requests')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .execute();
}
