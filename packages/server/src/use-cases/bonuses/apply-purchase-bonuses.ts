import {
  type BonusSettings,
  firstDaysExtra,
  grantBonus,
  type LedgerEntry,
  type Voucher,
} from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findBonusSettings } from '../../repositories/bonuses.ts';
import { appendEntries, insertVouchers } from '../../repositories/ledger.ts';
import { loadLockedState, withCodes } from '../loyalty/loyalty-state.ts';
import { rewardReferralOnPurchase } from '../referrals/reward-referral.ts';
import type { MerchantScope } from '../scope.ts';

export type PurchaseBonusInput = {
  customerId: string;
  memberSince: Date | null;
  purchase: { id: string; amountCents: number };
  /** What the purchase itself earned, per program. */
  earnedByProgram: Readonly<Record<string, number>>;
};

/** What the bonuses added to the buying customer's own ledger (for the card the counter shows). */
export type PurchaseBonuses = { entries: LedgerEntry[]; vouchers: Voucher[] };

/**
 * The bonuses a purchase recorded at the counter or through the API may bring, in its
 * transaction: the launch plan's extra points of the first days after joining, and the
 * referral's rewards on the referred customer's first qualifying purchase. Imported purchases
 * do not come here: they bring nothing.
 */
export async function applyPurchaseBonuses(
  tx: Tx,
  scope: MerchantScope,
  input: PurchaseBonusInput,
  /** The settings when the caller read them already (the purchase, with the customer's lock). */
  known?: BonusSettings,
): Promise<PurchaseBonuses> {
  const settings = known ?? (await findBonusSettings(tx, scope.merchantId));
  const out: PurchaseBonuses = { entries: [], vouchers: [] };
  const welcome = settings.welcome;
  if (welcome?.firstDays && input.memberSince) {
    const earned = input.earnedByProgram[welcome.programId] ?? 0;
    const extra = firstDaysExtra(welcome.firstDays, earned, input.memberSince, scope.now);
    if (extra > 0) add(out, await grantFirstDaysExtra(tx, scope, input, welcome.programId, extra));
  }
  if (settings.referral) {
    add(out, await rewardReferralOnPurchase(tx, scope, settings.referral, input));
  }
  return out;
}

async function grantFirstDaysExtra(
  tx: Tx,
  scope: MerchantScope,
  input: PurchaseBonusInput,
  programId: string,
  extra: number,
): Promise<PurchaseBonuses> {
  const state = await loadLockedState(tx, scope.merchantId, input.customerId);
  const program = state.activePrograms.find((p) => p.id === programId);
  if (!program) return { entries: [], vouchers: [] };
  const outcome = grantBonus({
    program,
    entries: state.entries,
    bonusId: `first-days:${input.purchase.id}`,
    label: 'first_days',
    amount: extra,
    now: scope.now,
  });
  if (!outcome.ok) return { entries: [], vouchers: [] };
  const vouchers = withCodes(outcome.value.vouchers);
  const ctx = { merchantId: scope.merchantId, customerId: input.customerId, actor: scope.actor };
  await appendEntries(tx, ctx, outcome.value.entries);
  await insertVouchers(tx, ctx, vouchers);
  return { entries: outcome.value.entries, vouchers };
}

function add(into: PurchaseBonuses, more: PurchaseBonuses) {
  into.entries.push(...more.entries);
  into.vouchers.push(...more.vouchers);
}
