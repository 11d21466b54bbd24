import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Serialises sign-ups that name the same email or phone at one merchant until the end of the
 * transaction, so two simultaneous joins cannot both find "no card yet" and make two. Keys are
 * taken in a fixed order so that two joins sharing both contacts never deadlock.
 */
export async function lockContacts(tx: Tx, merchantId: string, contacts: readonly string[]) {
  for (const contact of [...new Set(contacts)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`${merchantId}:${contact}`}, 0))`.execute(
      tx,
    );
  }
}

/** The oldest customer of this merchant reachable at this email (lower-case) or phone (normalised). */
export function findCustomerByContact(
  tx: Tx,
  merchantId: string,
  contact: { email: string | null; phone: string | null },
) {
  return tx
    .selectFrom('customers')
    .select(['id', 'email', 'phone', 'card_token', 'first_name'])
    .where('merchant_id', '=', merchantId)
    .where((eb) =>
      eb.or([
        ...(contact.email ? [eb(eb.fn('lower', ['email']), '=', contact.email)] : []),
        ...(contact.phone ? [eb('phone', '=', contact.phone)] : []),
      ]),
    )
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
}
