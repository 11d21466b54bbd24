import type { Tx } from '../db/tenant.ts';

export async function insertPasswordReset(
  tx: Tx,
  r: { tokenHash: string; userId: string; now: Date; expiresAt: Date },
) {
  await tx
    .insertInto('password_resets')
    .values({
      token_hash: r.tokenHash,
      user_id: r.userId,
      created_at: r.now,
      expires_at: r.expiresAt,
    })
    .execute();
}

/**
 * Uses a reset link: locks its row so two simultaneous confirmations cannot both succeed.
 * Returns the user, or undefined when the link is unknown, used or expired.
 */
export function takeLivePasswordReset(tx: Tx, tokenHash: string, now: Date) {
  return tx
    .selectFrom('password_resets')
    .select(['user_id'])
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .forUpdate()
    .executeTakeFirst();
}

/** Every outstanding link of a user stops working (the password just changed). */
export async function usePasswordResetsOf(tx: Tx, userId: string, now: Date) {
  await tx
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}
