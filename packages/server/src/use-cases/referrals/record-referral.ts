import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findCustomerByReferralCode, insertReferral } from '../../repositories/referrals.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Who brought a new customer: a referral code (what the shared link carries), or — for staff
 * and API keys, who know their customers — a customer id.
 */
export type ReferredBy = {
  ref: string;
  acceptCustomerId: boolean;
  /**
   * The public sign-up page ignores a code it does not know (a stale link must not stop
   * anyone joining, and the page must not tell which codes exist); staff and API keys get
   * 422 `validation_failed` on `referredBy` with `unknown_referral`.
   */
  ignoreUnknown: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Codes are read the way people type them: case, spaces and dashes do not matter. */
export function normalizeReferralCode(code: string) {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * Records that `refereeId` came through `referredBy` (the acquisition source: referral), in the
 * sign-up's transaction. A customer has at most one referrer, never themself.
 */
export async function recordReferral(
  tx: Tx,
  scope: MerchantScope,
  refereeId: string,
  referredBy: ReferredBy,
) {
  const referrerId = await resolveReferrer(tx, scope.merchantId, referredBy);
  if (!referrerId || referrerId === refereeId) return null;
  await insertReferral(tx, {
    merchantId: scope.merchantId,
    refereeId,
    referrerId,
    at: scope.now,
  });
  return referrerId;
}

async function resolveReferrer(tx: Tx, merchantId: string, referredBy: ReferredBy) {
  const ref = referredBy.ref.trim();
  if (referredBy.acceptCustomerId && UUID.test(ref)) {
    const customer = await findCustomer(tx, merchantId, ref.toLowerCase());
    if (customer && customer.erased_at === null) return customer.id;
  } else {
    const found = await findCustomerByReferralCode(tx, merchantId, normalizeReferralCode(ref));
    if (found) return found.id;
  }
  if (referredBy.ignoreUnknown) return null;
  throw new AppError('validation_failed', 'No customer has this referral code', {
    fields: [{ field: 'referredBy', message: 'no such referral code', code: 'unknown_referral' }],
  });
}
