import type { Tx } from '../db/tenant.ts';

export async function insertSession(
  tx: Tx,
  s: { idHash: string; userId: string; merchantId: string; expiresAt: Date },
) {
  await tx
    .insertInto('sessions')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      merchant_id: s.merchantId,
      expires_at: s.expiresAt,
    })
    .execute();
}

/**
 * A live session with the role its user holds *now* at that merchant: removing a staff
 * member or changing their role takes effect on their very next request.
 */
export function findLiveSession(tx: Tx, idHash: string, now: Date) {
  return tx
    .selectFrom('sessions')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.user_id', '=', 'sessions.user_id')
        .onRef('memberships.merchant_id', '=', 'sessions.merchant_id'),
    )
    .select(['sessions.user_id', 'sessions.merchant_id', 'memberships.role'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(tx: Tx, idHash: string) {
  await tx.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteExpiredSessions(tx: Tx, now: Date) {
  await tx.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
