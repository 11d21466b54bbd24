import {
  type LedgerEntry,
  qualifiesReferral,
  type ReferralRole,
  takeBackReferral,
} from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { appendEntries } from '../../repositories/ledger.ts';
import { findReferralRewardedBy, markReferralTakenBack } from '../../repositories/referrals.ts';
import { loadLockedState } from '../loyalty/loyalty-state.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * After a refund of the purchase that earned a referral's rewards: when what is left of it is
 * below the program's minimum (a full refund, or a partial one that leaves too little), both
 * rewards are taken back, once, never below zero (docs/loyalty-rules.md, "Referral"). A
 * partial refund that leaves the purchase qualifying keeps them. The referral stays spent: a
 * later purchase does not reward it again. Returns what was taken from the refunded customer.
 */
export async function takeBackReferralOnRefund(
  tx: Tx,
  scope: MerchantScope,
  input: { purchaseId: string; refundId: string; remainingCents: number },
): Promise<LedgerEntry[]> {
  const referral = await findReferralRewardedBy(tx, scope.merchantId, input.purchaseId);
  if (!referral || referral.taken_back_refund_id !== null) return [];
  const referee = await loadLockedState(tx, scope.merchantId, referral.referee_id);
  const program = referee.programs.find((p) => p.id === referral.rewarded_program_id);
  if (!program || qualifiesReferral(program, input.remainingCents)) return [];
  const { merchantId, now } = scope;
  if (!(await markReferralTakenBack(tx, merchantId, referral.referee_id, input.refundId, now))) {
    return [];
  }
  let refereeEntries: LedgerEntry[] = [];
  const sides: [string, ReferralRole][] = [
    [referral.referee_id, 'referee'],
    [referral.referrer_id, 'referrer'],
  ];
  for (const [customerId, role] of sides) {
    const state =
      customerId === referral.referee_id
        ? referee
        : await loadLockedState(tx, merchantId, customerId);
    const entries = takeBackReferral({
      program,
      entries: state.entries,
      referralId: referral.referee_id,
      role,
      refundId: input.refundId,
      now,
    });
    await appendEntries(tx, { merchantId, customerId, actor: scope.actor }, entries);
    if (role === 'referee') refereeEntries = entries;
  }
  return refereeEntries;
}
