import { type PurchaseItem, recordPurchaseForPrograms } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendEntries, insertVouchers } from '../../repositories/ledger.ts';
import { findLocation } from '../../repositories/locations.ts';
import { findPurchaseByExternalId, insertPurchase } from '../../repositories/purchases.ts';
import { emitPurchaseRecorded } from '../../webhooks/loyalty-events.ts';
import { cardView } from '../cards/card-view.ts';
import { type LoyaltyState, lockCustomerState, withCodes } from '../loyalty/loyalty-state.ts';
import { assertPurchaseWithinLimits } from '../loyalty/operation-limits.ts';
import type { MerchantScope } from '../scope.ts';
import { tierAtPurchase } from '../tiers/tier-at-purchase.ts';

export type RecordPurchaseInput = {
  customerId?: string;
  cardToken?: string;
  amountCents: number;
  occurredAt?: Date;
  locationId?: string | null;
  externalId?: string | null;
  items?: PurchaseItem[] | null;
};

/** Point-of-sale clocks drift; a purchase more than this far in the future is a mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The earliest date a purchase recorded at the counter or through the API may carry: earlier
 * ones are typing or clock mistakes (0001-01-01, 1900) that would distort every figure.
 * Imported history and `habitue analyze` do not go through here and accept any past date.
 */
export const EARLIEST_PURCHASE_DATE = new Date('2000-01-01T00:00:00Z');

/**
 * Records a purchase and what it earns in every active program, in one transaction: the
 * purchase, its ledger entries and any vouchers it unlocks are all written, or none is.
 * A point-of-sale `externalId` seen before returns the original purchase instead of earning
 * twice (a unique key backs this up against concurrent resends).
 */
export async function recordPurchase(tx: Tx, scope: MerchantScope, input: RecordPurchaseInput) {
  const { merchantId, actor, now } = scope;
  if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError('validation_failed', 'The purchase date is in the future', {
      fields: [{ field: 'occurredAt', message: 'must not be in the future', code: 'in_future' }],
    });
  }
  if (input.occurredAt && input.occurredAt.getTime() < EARLIEST_PURCHASE_DATE.getTime()) {
    throw new AppError('validation_failed', 'The purchase date is before 2000-01-01', {
      fields: [
        { field: 'occurredAt', message: 'must be on or after 2000-01-01', code: 'too_early' },
      ],
    });
  }
  if (input.locationId && !(await findLocation(tx, merchantId, input.locationId)))
    throw notFound('Location');
  // The externalId is checked under the customer's lock: a concurrent resend waits for the
  // first to commit, then sees it here.
  const { customer, state } = await lockCustomerState(tx, merchantId, input);
  if (input.externalId) {
    const previous = await findPurchaseByExternalId(tx, merchantId, input.externalId);
    if (previous) return replayPurchase(state, scope, previous, input, customer.id);
  }
  const tier = await tierAtPurchase(tx, scope, customer);
  const purchaseId = uuidv7();
  const purchase = await insertPurchase(tx, {
    merchantId,
    id: purchaseId,
    customerId: customer.id,
    amountCents: input.amountCents,
    occurredAt: input.occurredAt ?? now,
    locationId: input.locationId ?? null,
    externalId: input.externalId ?? null,
    items: input.items ?? null,
    actor,
  });
  // A known customer who has not joined the program buys without earning.
  const programs = customer.member_since ? state.activePrograms : [];
  const rulesPurchase = {
    id: purchaseId,
    amountCents: input.amountCents,
    items: input.items ?? undefined,
  };
  assertPurchaseWithinLimits(programs, rulesPurchase);
  const outcome = recordPurchaseForPrograms({
    programs,
    purchase: rulesPurchase,
    entries: state.entries,
    now,
    pointsMultiplierPercent: tier.pointsMultiplierPercent,
  });
  const vouchers = withCodes(outcome.vouchers);
  const ctx = { merchantId, customerId: customer.id, actor };
  await appendEntries(tx, ctx, outcome.entries);
  await insertVouchers(tx, ctx, vouchers);
  await emitPurchaseRecorded(tx, scope, purchase, vouchers);
  const tierAfter = await tier.afterPurchase(purchase);
  const after = {
    ...state,
    entries: [...state.entries, ...outcome.entries],
    vouchers: [...state.vouchers, ...vouchers],
  };
  return {
    purchase,
    customerId: customer.id,
    replayed: false,
    awarded: Object.entries(outcome.earnedByProgram)
      .filter(([, amount]) => amount > 0)
      .map(([programId, amount]) => ({ programId, amount, unit: unitOfProgram(state, programId) })),
    notEarned: outcome.rejections.map((r) => ({
      programId: r.programId,
      code: r.rejection.code,
      detail: r.rejection.detail ?? {},
    })),
    unlocked: vouchers.map((v) => unlockedVoucher(state, v)),
    card: cardView(after, now),
    ...tierAfter,
  };
}

/** A voucher the purchase unlocked, with the reward's name for the counter to announce. */
function unlockedVoucher(
  state: LoyaltyState,
  v: { code: string; rewardId: string; programId: string; expiresAt: Date | null },
) {
  return {
    code: v.code,
    rewardId: v.rewardId,
    rewardName: state.rewards.find((r) => r.id === v.rewardId)?.name ?? null,
    programId: v.programId,
    expiresAt: v.expiresAt,
  };
}

function unitOfProgram(
  state: { programs: readonly { id: string; kind: string }[] },
  programId: string,
) {
  return state.programs.find((p) => p.id === programId)?.kind === 'points' ? 'points' : 'stamps';
}

/** A re-sent point-of-sale purchase: same answer as the first time, no second effect. */
function replayPurchase(
  state: LoyaltyState,
  scope: MerchantScope,
  previous: Awaited<ReturnType<typeof findPurchaseByExternalId>> & {},
  input: RecordPurchaseInput,
  customerId: string,
) {
  if (previous.customer_id !== customerId || previous.amount_cents !== input.amountCents) {
    throw new AppError(
      'external_id_conflict',
      `externalId "${input.externalId}" was already used for a different purchase`,
      {
        purchaseId: previous.id,
      },
    );
  }
  const earned = state.entries.filter(
    (e) => e.cause.type === 'purchase' && e.cause.purchaseId === previous.id,
  );
  return {
    purchase: previous,
    customerId,
    replayed: true,
    awarded: earned.map((e) => ({ programId: e.programId, amount: e.delta, unit: e.unit })),
    notEarned: [],
    unlocked: state.vouchers
      .filter((v) => v.source.type === 'card_completed' && v.source.purchaseId === previous.id)
      .map((v) => unlockedVoucher(state, v)),
    card: cardView(state, scope.now),
  };
}
