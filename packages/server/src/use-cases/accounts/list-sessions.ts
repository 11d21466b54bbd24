import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { listSessionsOfUser } from '../../repositories/sessions.ts';

/** Where a person is signed in (every business they belong to), this session marked. */
export async function listSessions(
  db: Kysely<Database>,
  input: { userId: string; currentSessionHash: string; now: Date },
) {
  const rows = await asSystem(db, (tx) => listSessionsOfUser(tx, input.userId, input.now));
  return rows.map((s) => ({
    id: s.id,
    merchantId: s.merchant_id,
    merchantName: s.merchant_name,
    createdAt: s.created_at.toISOString(),
    lastSeenAt: (s.last_seen_at ?? s.created_at).toISOString(),
    userAgent: s.user_agent,
    current: s.id_hash === input.currentSessionHash,
  }));
}
