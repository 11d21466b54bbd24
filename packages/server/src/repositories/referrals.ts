import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/** The customer a referral code belongs to, in this shop (erased customers refer nobody). */
export function findCustomerByReferralCode(tx: Tx, merchantId: string, code: string) {
  return tx
    .selectFrom('customers')
    .select(['id', 'first_name'])
    .where('merchant_id', '=', merchantId)
    .where('referral_code', '=', code)
    .where('erased_at', 'is', null)
    .executeTakeFirst();
}

/** A customer's referral code and whether they may refer (not erased). */
export function findReferralCode(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('customers')
    .select(['id', 'referral_code', 'erased_at'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', customerId)
    .executeTakeFirst();
}

export function insertReferral(
  tx: Tx,
  r: { merchantId: string; refereeId: string; referrerId: string; at: Date },
) {
  return tx
    .insertInto('referrals')
    .values({
      merchant_id: r.merchantId,
      referee_id: r.refereeId,
      referrer_id: r.referrerId,
      created_at: r.at,
    })
    .execute();
}

/** Who referred this customer, with the state of the rewards. */
export function findReferralOf(tx: Tx, merchantId: string, refereeId: string) {
  return tx
    .selectFrom('referrals')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('referee_id', '=', refereeId)
    .executeTakeFirst();
}

/** The referral whose rewards a purchase earned, if any (for its refund). */
export function findReferralRewardedBy(tx: Tx, merchantId: string, purchaseId: string) {
  return tx
    .selectFrom('referrals')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('rewarded_purchase_id', '=', purchaseId)
    .executeTakeFirst();
}

/** Records the purchase that earned the rewards; false when another already did. */
export async function markReferralRewarded(
  tx: Tx,
  merchantId: string,
  refereeId: string,
  reward: { purchaseId: string; programId: string },
  at: Date,
) {
  const result = await tx
    .updateTable('referrals')
    .set({
      rewarded_purchase_id: reward.purchaseId,
      rewarded_program_id: reward.programId,
      rewarded_at: at,
    })
    .where('merchant_id', '=', merchantId)
    .where('referee_id', '=', refereeId)
    .where('rewarded_purchase_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the refund that took the rewards back; false when one already did. */
export async function markReferralTakenBack(
  tx: Tx,
  merchantId: string,
  refereeId: string,
  refundId: string,
  at: Date,
) {
  const result = await tx
    .updateTable('referrals')
    .set({ taken_back_refund_id: refundId, taken_back_at: at })
    .where('merchant_id', '=', merchantId)
    .where('referee_id', '=', refereeId)
    .where('taken_back_refund_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The customers someone referred, newest first, with their names for the customer page. */
export function listReferredBy(tx: Tx, merchantId: string, referrerId: string) {
  return tx
    .selectFrom('referrals')
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.merchant_id', '=', 'referrals.merchant_id')
        .onRef('customers.id', '=', 'referrals.referee_id'),
    )
    .select([
      'customers.id',
      'customers.first_name',
      'customers.last_name',
      'referrals.created_at',
      'referrals.rewarded_at',
      'referrals.taken_back_at',
    ])
    .where('referrals.merchant_id', '=', merchantId)
    .where('referrals.referrer_id', '=', referrerId)
    .orderBy('referrals.created_at', 'desc')
    .limit(200)
    .execute();
}

/** The shop's referrals, newest first, with both customers' names: the acquisition source. */
export function listShopReferrals(tx: Tx, merchantId: string, limit: number) {
  return tx
    .selectFrom('referrals')
    .innerJoin('customers as referee', (j) =>
      j
        .onRef('referee.merchant_id', '=', 'referrals.merchant_id')
        .onRef('referee.id', '=', 'referrals.referee_id'),
    )
    .innerJoin('customers as referrer', (j) =>
      j
        .onRef('referrer.merchant_id', '=', 'referrals.merchant_id')
        .onRef('referrer.id', '=', 'referrals.referrer_id'),
    )
    .select([
      'referee.id as refereeId',
      'referee.first_name as refereeFirstName',
      'referee.last_name as refereeLastName',
      'referrer.id as referrerId',
      'referrer.first_name as referrerFirstName',
      'referrer.last_name as referrerLastName',
      'referrals.created_at',
      'referrals.rewarded_at',
      'referrals.taken_back_at',
      // What the referral gave each side (its `earn` entries; a take-back is `taken_back_at`).
      sql<number>`(select coalesce(sum(e.delta), 0) from ledger_entries e
        where e.merchant_id = referrals.merchant_id and e.cause_type = 'referral'
          and e.cause_ref = referrals.referee_id::text and e.kind = 'earn'
          and e.cause->>'role' = 'referrer')::int`.as('referrerBonus'),
      sql<number>`(select coalesce(sum(e.delta), 0) from ledger_entries e
        where e.merchant_id = referrals.merchant_id and e.cause_type = 'referral'
          and e.cause_ref = referrals.referee_id::text and e.kind = 'earn'
          and e.cause->>'role' = 'referee')::int`.as('refereeBonus'),
      sql<string | null>`(select min(e.unit) from ledger_entries e
        where e.merchant_id = referrals.merchant_id and e.cause_type = 'referral'
          and e.cause_ref = referrals.referee_id::text and e.kind = 'earn')`.as('bonusUnit'),
    ])
    .where('referrals.merchant_id', '=', merchantId)
    .orderBy('referrals.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** How many customers came through a referral, and how many of them bought. */
export async function countShopReferrals(tx: Tx, merchantId: string) {
  const row = await tx
    .selectFrom('referrals')
    .select((eb) => [
      eb.fn.countAll<string>().as('total'),
      eb.fn.count<string>('rewarded_at').as('rewarded'),
    ])
    .where('merchant_id', '=', merchantId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), rewarded: Number(row.rewarded) };
}

/** A customer's code with what the sign-up link of their shop is made of. */
export function findReferralLinkParts(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('customers')
    .innerJoin('merchants', 'merchants.id', 'customers.merchant_id')
    .select([
      'customers.referral_code',
      'customers.erased_at',
      'merchants.slug',
      'merchants.signup_token',
    ])
    .where('customers.merchant_id', '=', merchantId)
    .where('customers.id', '=', customerId)
    .executeTakeFirst();
}
