import { adjustBalance as adjustRule } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendEntries, insertVouchers } from '../../repositories/ledger.ts';
import { cardView } from '../cards/card-view.ts';
import { findProgram, loadLockedState, withCodes } from '../loyalty/loyalty-state.ts';
import { assertAdjustmentWithinLimits } from '../loyalty/operation-limits.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * A staff correction of a balance, with a mandatory reason; never below zero. Written to the
 * ledger as an `adjust` entry and to the audit log, so every manual change can be explained.
 */
export async function adjustBalance(
  tx: Tx,
  scope: MerchantScope,
  input: { customerId: string; programId: string; delta: number; reason: string },
) {
  const { merchantId, actor, now } = scope;
  const state = await loadLockedState(tx, merchantId, input.customerId);
  const program = findProgram(state, input.programId);
  assertAdjustmentWithinLimits(program, input.delta);
  const adjustmentId = uuidv7();
  const outcome = unwrap(
    adjustRule({
      program,
      entries: state.entries,
      adjustmentId,
      staffId: `${actor.type}:${actor.id}`,
      reason: input.reason,
      delta: input.delta,
      now,
    }),
  );
  const vouchers = withCodes(outcome.vouchers);
  const ctx = { merchantId, customerId: input.customerId, actor };
  await appendEntries(tx, ctx, outcome.entries);
  await insertVouchers(tx, ctx, vouchers);
  await appendAudit(tx, merchantId, actor, now, {
    action: 'balance.adjusted',
    subjectType: 'customer',
    subjectId: input.customerId,
    details: {
      adjustmentId,
      programId: program.id,
      delta: input.delta,
      reason: input.reason.trim(),
    },
  });
  const after = {
    ...state,
    entries: [...state.entries, ...outcome.entries],
    vouchers: [...state.vouchers, ...vouchers],
  };
  return {
    adjustmentId,
    customerId: input.customerId,
    unlocked: vouchers.map((v) => ({
      code: v.code,
      rewardId: v.rewardId,
      programId: v.programId,
      expiresAt: v.expiresAt,
    })),
    card: cardView(after, now),
  };
}
