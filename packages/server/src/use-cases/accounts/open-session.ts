import type { Kysely } from 'kysely';
import { digest, newSecret } from '../../auth/tokens.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { insertSession } from '../../repositories/sessions.ts';

/**
 * Starts a session for a user at one merchant. The token goes to the browser in a cookie;
 * only its digest is stored, so a database leak does not hand out live sessions.
 */
export async function openSession(
  db: Kysely<Database>,
  input: {
    userId: string;
    merchantId: string;
    now: Date;
    ttlHours: number;
    userAgent?: string | null;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(input.now.getTime() + input.ttlHours * 3_600_000);
  await asSystem(db, (tx) =>
    insertSession(tx, {
      idHash: digest(token),
      userId: input.userId,
      merchantId: input.merchantId,
      expiresAt,
      now: input.now,
      userAgent: input.userAgent ?? null,
    }),
  );
  return { token, expiresAt };
}
