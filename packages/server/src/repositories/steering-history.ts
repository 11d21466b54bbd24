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
