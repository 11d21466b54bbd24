import {
  type LedgerEntry,
  qualifiesReferral,
  type ReferralBonus,
  type ReferralRole,
  rewardReferral,
  type Voucher,
} from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { appendEntries, insertVouchers } from '../../repositories/ledger.ts';
import { findReferralOf, markReferralRewarded } from '../../repositories/referrals.ts';
import { loadLockedState, withCodes } from '../loyalty/loyalty-state.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * On a referred customer's first purchase at or above the program's minimum, both customers
 * get their reward, once: the referral row records that purchase (a conditional update, so a
 * concurrent purchase cannot reward twice), and each side's `earn` entry has cause `referral`.
 * The referrer is locked after the referee; a referrer always signed up before the customers
 * they brought, so locks are always taken newer → older and two purchases cannot deadlock.
 * Returns what the referee (the buying customer) received.
 */
export async function rewardReferralOnPurchase(
  tx: Tx,
  scope: MerchantScope,
  bonus: ReferralBonus,
  input: { customerId: string; purchase: { id: string; amountCents: number } },
): Promise<{ entries: LedgerEntry[]; vouchers: Voucher[] }> {
  const none = { entries: [], vouchers: [] };
  const referral = await findReferralOf(tx, scope.merchantId, input.customerId);
  if (!referral || referral.rewarded_purchase_id !== null) return none;
  const referee = await loadLockedState(tx, scope.merchantId, input.customerId);
  const program = referee.activePrograms.find((p) => p.id === bonus.programId);
  if (!program || !qualifiesReferral(program, input.purchase.amountCents)) return none;
  const { merchantId, now } = scope;
  const reward = { purchaseId: input.purchase.id, programId: program.id };
  if (!(await markReferralRewarded(tx, merchantId, input.customerId, reward, now))) return none;
  const own = await rewardSide(tx, scope, {
    customerId: input.customerId,
    role: 'referee',
    amount: bonus.refereeAmount,
    purchaseId: input.purchase.id,
    referralId: input.customerId,
    programId: program.id,
  });
  await rewardSide(tx, scope, {
    customerId: referral.referrer_id,
    role: 'referrer',
    amount: bonus.referrerAmount,
    purchaseId: input.purchase.id,
    referralId: input.customerId,
    programId: program.id,
  });
  return own;
}

async function rewardSide(
  tx: Tx,
  scope: MerchantScope,
  side: {
    customerId: string;
    role: ReferralRole;
    amount: number;
    purchaseId: string;
    referralId: string;
    programId: string;
  },
): Promise<{ entries: LedgerEntry[]; vouchers: Voucher[] }> {
  if (side.amount <= 0) return { entries: [], vouchers: [] };
  const state = await loadLockedState(tx, scope.merchantId, side.customerId);
  const program = state.programs.find((p) => p.id === side.programId);
  if (!program) return { entries: [], vouchers: [] };
  const outcome = rewardReferral({ program, entries: state.entries, ...side, now: scope.now });
  if (!outcome.ok) return { entries: [], vouchers: [] };
  const vouchers = withCodes(outcome.value.vouchers);
  const ctx = { merchantId: scope.merchantId, customerId: side.customerId, actor: scope.actor };
  await appendEntries(tx, ctx, outcome.value.entries);
  await insertVouchers(tx, ctx, vouchers);
  return { entries: outcome.value.entries, vouchers };
}
