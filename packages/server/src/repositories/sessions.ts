import type { Tx } from '../db/tenant.ts';

export async function insertSession(
  tx: Tx,
  s: {
    idHash: string;
    userId: string;
    merchantId: string;
    expiresAt: Date;
    now: Date;
    userAgent: string | null;
  },
) {
  await tx
    .insertInto('sessions')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      merchant_id: s.merchantId,
      expires_at: s.expiresAt,
      created_at: s.now,
      last_seen_at: s.now,
      user_agent: s.userAgent?.slice(0, 300) ?? null,
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
    .select([
      'sessions.user_id',
      'sessions.merchant_id',
      'memberships.role',
      'sessions.last_seen_at',
    ])
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

/** A person's live sessions at every business, newest activity first (ids only, no secrets). */
export function listSessionsOfUser(tx: Tx, userId: string, now: Date) {
  return tx
    .selectFrom('sessions')
    .innerJoin('merchants', 'merchants.id', 'sessions.merchant_id')
    .select([
      'sessions.id',
      'sessions.id_hash',
      'sessions.merchant_id',
      'merchants.name as merchant_name',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.user_agent',
    ])
    .where('sessions.user_id', '=', userId)
    .where('sessions.expires_at', '>', now)
    .orderBy('sessions.last_seen_at', 'desc')
    .orderBy('sessions.created_at', 'desc')
    .execute();
}

/** Ends one of a person's sessions by its public id; returns the ended session's digest. */
export async function deleteSessionOfUser(tx: Tx, userId: string, id: string) {
  const row = await tx
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .returning('id_hash')
    .executeTakeFirst();
  return row?.id_hash;
}

/** Ends every session of a person, except `keepIdHash` when given. Returns how many ended. */
export async function deleteSessionsOfUser(tx: Tx, userId: string, keepIdHash?: string) {
  const rows = await tx
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .$if(keepIdHash !== undefined, (q) => q.where('id_hash', '!=', keepIdHash!))
    .returning('id_hash')
    .execute();
  return rows.length;
}

/** "Last active" for the sessions list; written at most every few minutes per session. */
export async function touchSession(tx: Tx, idHash: string, now: Date) {
  await tx
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('id_hash', '=', idHash)
    .execute();
}
