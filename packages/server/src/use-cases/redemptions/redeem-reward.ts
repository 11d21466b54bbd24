import { normalizeVoucherCode, redeemPoints, useVoucher, type Voucher } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendEntries, appendVoucherEvents, insertVouchers } from '../../repositories/ledger.ts';
import { insertRedemption } from '../../repositories/redemptions.ts';
import { emitEvent } from '../../webhooks/emit-event.ts';
import { cardView } from '../cards/card-view.ts';
import {
  findProgram,
  findReward,
  type LoyaltyState,
  lockCustomerState,
  withCodes,
} from '../loyalty/loyalty-state.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Gives a customer a reward, under their lock so concurrent redemptions cannot overspend:
 * - with a voucher code: uses that voucher (once, ever);
 * - with a points reward: debits its cost and issues a voucher used on the spot;
 * - with a stamp-card reward: uses the oldest voucher the card unlocked.
 */
export async function redeemReward(
  tx: Tx,
  scope: MerchantScope,
  input: { customerId?: string; cardToken?: string; rewardId?: string; voucherCode?: string },
) {
  const { merchantId, actor, now } = scope;
  const { customer, state } = await lockCustomerState(tx, merchantId, input);
  const redemptionId = uuidv7();
  let voucher: Voucher;
  const entries = [];
  if (input.voucherCode !== undefined) {
    voucher = voucherByCode(state, normalizeVoucherCode(input.voucherCode));
  } else {
    const reward = findReward(state, input.rewardId!);
    const program = findProgram(state, reward.programId);
    if (program.kind === 'points') {
      const outcome = unwrap(
        redeemPoints({ program, reward, entries: state.entries, redemptionId, now }),
      );
      [voucher] = withCodes([outcome.voucher]) as [Voucher];
      entries.push(...outcome.entries);
      await appendEntries(tx, { merchantId, customerId: customer.id, actor }, outcome.entries);
      await insertVouchers(tx, { merchantId, customerId: customer.id, actor }, [voucher]);
    } else {
      voucher = oldestAvailable(state, reward.id, now);
    }
  }
  const used = unwrap(useVoucher({ voucher, events: state.voucherEvents, redemptionId, now }));
  await insertRedemption(tx, {
    merchantId,
    id: redemptionId,
    customerId: customer.id,
    programId: voucher.programId,
    rewardId: voucher.rewardId,
    voucherId: voucher.id,
    cost: voucher.cost,
    unit: voucher.unit,
    actor,
  });
  await appendVoucherEvents(tx, merchantId, [used]);
  await appendAudit(tx, merchantId, actor, now, {
    action: 'reward.redeemed',
    subjectType: 'customer',
    subjectId: customer.id,
    details: { redemptionId, rewardId: voucher.rewardId, voucher: voucher.code },
  });
  await emitEvent(tx, scope, 'redemption.created', {
    redemptionId,
    customerId: customer.id,
    rewardId: voucher.rewardId,
    programId: voucher.programId,
    voucherCode: voucher.code,
    cost: voucher.cost,
    unit: voucher.unit,
  });
  const after = {
    ...state,
    entries: [...state.entries, ...entries],
    vouchers: state.vouchers.some((v) => v.id === voucher.id)
      ? state.vouchers
      : [...state.vouchers, voucher],
    voucherEvents: [...state.voucherEvents, used],
  };
  const reward = state.rewards.find((r) => r.id === voucher.rewardId)!;
  return {
    redemptionId,
    customerId: customer.id,
    reward: { id: reward.id, name: reward.name, programId: reward.programId },
    voucherCode: voucher.code,
    cost: voucher.cost,
    unit: voucher.unit,
    card: cardView(after, now),
  };
}

function voucherByCode(state: LoyaltyState, code: string): Voucher {
  const voucher = state.vouchers.find((v) => v.code === code);
  if (!voucher) throw new AppError('voucher_not_found', `No voucher ${code} for this customer`);
  return voucher;
}

function oldestAvailable(state: LoyaltyState, rewardId: string, now: Date): Voucher {
  const available = cardView(state, now)
    .flatMap((p) => p.vouchers)
    .find((v) => v.rewardId === rewardId);
  if (!available) {
    throw new AppError('no_voucher_available', 'This card has no unlocked reward to use yet');
  }
  return state.vouchers.find((v) => v.code === available.code)!;
}
