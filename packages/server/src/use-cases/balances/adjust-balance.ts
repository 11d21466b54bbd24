import {
  type AdjustmentReasonCode,
  adjustmentLimit,
  adjustBalance as adjustRule,
} from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertAdjustment } from '../../repositories/balance-adjustments.ts';
import { appendEntries, insertVouchers } from '../../repositories/ledger.ts';
import { cardView } from '../cards/card-view.ts';
import { findProgram, loadLockedState, withCodes } from '../loyalty/loyalty-state.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { MerchantScope } from '../scope.ts';
import { loadAdjustmentPolicies } from './adjustment-policy.ts';

export type AdjustBalanceInput = {
  customerId: string;
  programId: string;
  delta: number;
  /** Absent in requests from before reason codes: read as `other`, with their `reason`. */
  reasonCode?: AdjustmentReasonCode | undefined;
  reason?: string | undefined;
};

/**
 * A correction of a balance by hand, with a reason; never below zero. Cashiers and API keys
 * stay within the owner's limits (`adjustment_limit_exceeded`), counted under the customer's
 * lock so that concurrent adjustments cannot pass the daily total together; everyone within
 * the sanity cap. The ledger gets an `adjust` entry with the reason code; the free text goes
 * to `balance_adjustments`, where an erasure can redact it; the audit log says who and why.
 */
export async function adjustBalance(tx: Tx, scope: MerchantScope, input: AdjustBalanceInput) {
  const { merchantId, actor, now } = scope;
  const role = actor.role ?? actor.type;
  const reasonCode = input.reasonCode ?? 'other';
  const reason = input.reason?.trim() || null;
  const state = await loadLockedState(tx, merchantId, input.customerId);
  const program = findProgram(state, input.programId);
  const policies =
    scope.restriction === 'adjustment_policy'
      ? await loadAdjustmentPolicies(tx, merchantId)
      : undefined;
  const policy = policies && (role === 'integration' ? policies.integration : policies.staff);
  const limit = adjustmentLimit({
    program,
    rewards: state.rewards,
    policy,
    role,
    entries: state.entries,
    now,
  });
  const adjustmentId = uuidv7();
  const outcome = unwrap(
    adjustRule({
      program,
      entries: state.entries,
      adjustmentId,
      staffId: `${actor.type}:${actor.id}`,
      role,
      reasonCode,
      reason: reason ?? undefined,
      delta: input.delta,
      limit,
      now,
    }),
  );
  const vouchers = withCodes(outcome.vouchers);
  const ctx = { merchantId, customerId: input.customerId, actor };
  await appendEntries(tx, ctx, outcome.entries);
  await insertVouchers(tx, ctx, vouchers);
  await insertAdjustment(tx, {
    merchantId,
    id: adjustmentId,
    customerId: input.customerId,
    programId: program.id,
    delta: input.delta,
    reasonCode,
    reason,
    actor,
    at: now,
  });
  await appendAudit(tx, merchantId, actor, now, {
    action: 'balance.adjusted',
    subjectType: 'customer',
    subjectId: input.customerId,
    details: { adjustmentId, programId: program.id, delta: input.delta, reasonCode, role },
  });
  const after = {
    ...state,
    entries: [...state.entries, ...outcome.entries],
    vouchers: [...state.vouchers, ...vouchers],
  };
  return {
    adjustmentId,
    customerId: input.customerId,
    reasonCode,
    unlocked: vouchers.map((v) => ({
      code: v.code,
      rewardId: v.rewardId,
      programId: v.programId,
      expiresAt: v.expiresAt,
    })),
    card: cardView(after, now),
  };
}
