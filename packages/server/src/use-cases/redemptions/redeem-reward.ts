import {
  EMPTY_STANDING,
  type LedgerEntry,
  normalizeVoucherCode,
  redeemPointsFrom,
  standingAfter,
  useVoucher,
  type Voucher,
  type VoucherEvent,
} from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  appendEntries,
  appendVoucherEvents,
  findCustomerVoucher,
  insertVouchers,
  lockCustomerWithVersion,
} from '../../repositories/ledger.ts';
import { loadCustomerStanding } from '../../repositories/loyalty-balances.ts';
import { insertRedemption } from '../../repositories/redemptions.ts';
import { emitEvent } from '../../webhooks/emit-event.ts';
import { cardView, type StandingState } from '../cards/card-view.ts';
import { findProgram, findReward, withCodes } from '../loyalty/loyalty-state.ts';
import { programCatalog } from '../loyalty/program-catalog.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Gives a customer a reward, under their lock so concurrent redemptions cannot overspend:
 * - with a voucher code: uses that voucher (once, ever);
 * - with a points reward: debits its cost and issues a voucher used on the spot;
 * - with a stamp-card reward: uses the oldest voucher the card unlocked.
 * Like a purchase, it reads the balance snapshots and the cached programs, never the history.
 */
export async function redeemReward(
  tx: Tx,
  scope: MerchantScope,
  input: { customerId?: string; cardToken?: string; rewardId?: string; voucherCode?: string },
) {
  const { merchantId, actor, now } = scope;
  const customer = await lockCustomerWithVersion(tx, merchantId, input, REDEMPTION_EVENTS);
  if (!customer) throw notFound('Customer');
  const catalog = await programCatalog(tx, merchantId, customer.loyalty_version);
  const standing = await loadCustomerStanding(tx, merchantId, customer.id);
  const state: StandingState = { ...catalog, ...standing };
  const redemptionId = uuidv7();
  let voucher: Voucher;
  let events: readonly VoucherEvent[] = [];
  const entries: LedgerEntry[] = [];
  let issued = false;
  if (input.voucherCode !== undefined) {
    const code = normalizeVoucherCode(input.voucherCode);
    const found = await findCustomerVoucher(tx, merchantId, customer.id, code);
    if (!found) throw new AppError('voucher_not_found', `No voucher ${code} for this customer`);
    ({ voucher, events } = found);
  } else {
    const reward = findReward(state, input.rewardId!);
    const program = findProgram(state, reward.programId);
    if (program.kind === 'points') {
      const outcome = unwrap(
        redeemPointsFrom({
          program,
          reward,
          standing: standing.standings[program.id] ?? EMPTY_STANDING,
          redemptionId,
          now,
        }),
      );
      [voucher] = withCodes([outcome.voucher]) as [Voucher];
      entries.push(...outcome.entries);
      issued = true;
      await appendEntries(tx, { merchantId, customerId: customer.id, actor }, outcome.entries);
      await insertVouchers(tx, { merchantId, customerId: customer.id, actor }, [voucher]);
    } else {
      voucher = oldestAvailable(state, reward.id, now);
    }
  }
  const used = unwrap(useVoucher({ voucher, events, redemptionId, now }));
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
  if (customer.webhooks_listening) {
    await emitEvent(tx, scope, 'redemption.created', {
      redemptionId,
      customerId: customer.id,
      rewardId: voucher.rewardId,
      programId: voucher.programId,
      voucherCode: voucher.code,
      cost: voucher.cost,
      unit: voucher.unit,
    });
  }
  const reward = state.rewards.find((r) => r.id === voucher.rewardId)!;
  return {
    redemptionId,
    customerId: customer.id,
    reward: { id: reward.id, name: reward.name, programId: reward.programId },
    voucherCode: voucher.code,
    cost: voucher.cost,
    unit: voucher.unit,
    card: cardView(stateAfterRedemption(state, entries, voucher, issued), now),
  };
}

const REDEMPTION_EVENTS = ['redemption.created'] as const;

/** The state once the redemption is recorded: its debit appended, the voucher no longer open. */
function stateAfterRedemption(
  state: StandingState,
  entries: readonly LedgerEntry[],
  voucher: Voucher,
  issued: boolean,
): StandingState {
  const standings = { ...state.standings };
  if (entries.length > 0) {
    standings[voucher.programId] = standingAfter(
      standings[voucher.programId] ?? EMPTY_STANDING,
      entries,
    );
  }
  const openVouchers = issued
    ? state.openVouchers
    : state.openVouchers.filter((v) => v.id !== voucher.id);
  return { ...state, standings, openVouchers };
}

function oldestAvailable(state: StandingState, rewardId: string, now: Date): Voucher {
  const available = cardView(state, now)
    .flatMap((p) => p.vouchers)
    .find((v) => v.rewardId === rewardId);
  if (!available) {
    throw new AppError('no_voucher_available', 'This card has no unlocked reward to use yet');
  }
  return state.openVouchers.find((v) => v.code === available.code)!;
}
