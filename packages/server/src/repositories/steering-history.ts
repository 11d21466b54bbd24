import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/** Every change of a customer's email consent, oldest first: who could be written to, when. */
export function listEmailConsentChanges(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('consents')
    .select(['customer_id', 'granted', 'recorded_at'])
    .where('merchant_id', '=', merchantId)
    .where('channel', '=', 'email')
    .orderBy('recorded_at')
    .execute();
}

/** Every referral of the shop: who joined through someone, and when. */
export function listReferralArrivals(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('referrals')
    .select(['referee_id', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .execute();
}

/**
 * What the goals read besides the purchases and customers, versioned: email consents are
 * appended (count and latest), tags added or removed (count and latest).
 */
export async function steeringDataVersion(tx: Tx, merchantId: string): Promise<string> {
  const result = await sql<{ version: string }>`
    select concat_ws('/',
      (select count(*) || ':' || coalesce(max(recorded_at)::text, '') from consents where merchant_id = ${merchantId}),
      (select count(*) || ':' || coalesce(max(created_at)::text, '') from customer_tags where merchant_id = ${merchantId})
    ) as version`.execute(tx);
  return result.rows[0]!.version;
}
