import {
  adjustBalance,
  type LedgerEntry,
  type Program,
  type Reward,
  recordPurchase,
  redeemPoints,
  refundPurchase,
  useVoucher,
  type Voucher,
  type VoucherEvent,
} from '../../src/index.ts';
import { NOW } from '../factories.ts';
import type { Operation } from './operations.ts';

/** What a customer's history looks like to the server: three append-only lists. */
export interface CustomerState {
  entries: LedgerEntry[];
  vouchers: Voucher[];
  events: VoucherEvent[];
  purchases: Array<{ id: string; amountCents: number }>;
}

/** Applies one operation the way the server would: call the rule, append what it returns. */
export function apply(
  state: CustomerState,
  op: Operation,
  program: Program,
  rewards: Reward[],
  step: number,
): void {
  const now = NOW;
  const common = { program, entries: state.entries, now };
  switch (op.type) {
    case 'purchase': {
      const purchase = { id: `p${step}`, amountCents: op.amountCents };
      const result = recordPurchase({ ...common, purchase });
      if (!result.ok) return;
      state.purchases.push(purchase);
      append(state, result.value.entries, result.value.vouchers);
      return;
    }
    case 'redeem': {
      const reward = rewards[op.rewardIndex % rewards.length]!;
      const result = redeemPoints({ ...common, reward, redemptionId: `r${step}` });
      if (result.ok) append(state, result.value.entries, [result.value.voucher]);
      return;
    }
    case 'use': {
      const voucher = state.vouchers[op.voucherIndex % Math.max(1, state.vouchers.length)];
      if (voucher === undefined) return;
      const result = useVoucher({ voucher, events: state.events, redemptionId: `u${step}`, now });
      if (result.ok) state.events.push(result.value);
      return;
    }
    case 'refund': {
      const purchase = state.purchases[op.purchaseIndex % Math.max(1, state.purchases.length)];
      if (purchase === undefined) return;
      const result = refundPurchase({
        ...common,
        purchaseId: purchase.id,
        refundId: `rf${step}`,
        refundCents: op.refundCents % (purchase.amountCents + 1),
        vouchers: state.vouchers,
        voucherEvents: state.events,
      });
      if (!result.ok) return;
      state.entries.push(...result.value.entries);
      state.events.push(...result.value.voucherEvents);
      return;
    }
    case 'adjust': {
      if (op.delta === 0) return;
      const result = adjustBalance({
        ...common,
        adjustmentId: `a${step}`,
        staffId: 's',
        role: 'owner',
        reasonCode: 'goodwill',
        limit: { perAdjustment: Number.MAX_SAFE_INTEGER, dailyRemaining: null },
        delta: op.delta,
      });
      if (result.ok) append(state, result.value.entries, result.value.vouchers);
      return;
    }
  }
}

function append(
  state: CustomerState,
  entries: LedgerEntry[],
  grants: Omit<Voucher, 'code'>[],
): void {
  state.entries.push(...entries);
  state.vouchers.push(...grants.map((grant) => ({ ...grant, code: grant.id })));
}

/** Runs a whole history from an empty card. */
export function simulate(
  ops: readonly Operation[],
  program: Program,
  rewards: Reward[],
): CustomerState {
  const state: CustomerState = { entries: [], vouchers: [], events: [], purchases: [] };
  for (const [step, op] of ops.entries()) apply(state, op, program, rewards, step);
  return state;
}
