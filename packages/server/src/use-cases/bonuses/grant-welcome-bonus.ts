import { grantBonus } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findBonusSettings } from '../../repositories/bonuses.ts';
import { appendEntries, insertVouchers } from '../../repositories/ledger.ts';
import { loadLockedState, withCodes } from '../loyalty/loyalty-state.ts';
import type { MerchantScope } from '../scope.ts';

/** The ledger id of the welcome bonus: one per customer, whatever path signed them up. */
export const WELCOME_BONUS_ID = 'welcome';

/**
 * Gives a new member the shop's welcome points or stamps, in the sign-up's transaction, once
 * (`bonusId: welcome`). Called by every sign-up (counter, API, public page); imports create
 * customers without it, so imported customers get nothing.
 */
export async function grantWelcomeBonus(tx: Tx, scope: MerchantScope, customerId: string) {
  const { welcome } = await findBonusSettings(tx, scope.merchantId);
  if (!welcome || welcome.amount <= 0) return;
  const state = await loadLockedState(tx, scope.merchantId, customerId);
  const program = state.activePrograms.find((p) => p.id === welcome.programId);
  if (!program) return;
  const outcome = grantBonus({
    program,
    entries: state.entries,
    bonusId: WELCOME_BONUS_ID,
    label: 'welcome',
    amount: welcome.amount,
    now: scope.now,
  });
  if (!outcome.ok) return; // already given
  const ctx = { merchantId: scope.merchantId, customerId, actor: scope.actor };
  await appendEntries(tx, ctx, outcome.value.entries);
  await insertVouchers(tx, ctx, withCodes(outcome.value.vouchers));
}
