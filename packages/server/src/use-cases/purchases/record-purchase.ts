import {
  EMPTY_STANDING,
  type LedgerEntry,
  type PurchaseItem,
  recordPurchaseForPrograms,
  standingAfter,
  type Voucher,
} from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { bonusSettingsOf } from '../../repositories/bonuses.ts';
import { causeSettingsOf } from '../../repositories/causes.ts';
import type { CarriedClaim } from '../../repositories/idempotency-keys.ts';
import {
  insertPurchaseWithLedger,
  lockCustomerForPurchase,
  vouchersUnlockedBy,
} from '../../repositories/ledger.ts';
import { findLocation } from '../../repositories/locations.ts';
import { loadCustomerStanding } from '../../repositories/loyalty-balances.ts';
import { entryOf } from '../../repositories/loyalty-rows.ts';
import { entriesCausedBy, findPurchaseByExternalId } from '../../repositories/purchases.ts';
import { tierSettingOf } from '../../repositories/tiers.ts';
import { emitPurchaseRecorded } from '../../webhooks/loyalty-events.ts';
import { applyPurchaseBonuses } from '../bonuses/apply-purchase-bonuses.ts';
import { cardView, type StandingState } from '../cards/card-view.ts';
import { sharePurchaseWithCause } from '../causes/share-purchase-with-cause.ts';
import { withCodes } from '../loyalty/loyalty-state.ts';
import { assertPurchaseWithinLimits } from '../loyalty/operation-limits.ts';
import { programCatalog } from '../loyalty/program-catalog.ts';
import type { MerchantScope } from '../scope.ts';
import { tierAtPurchase } from '../tiers/tier-at-purchase.ts';
import { earnOccasion } from './earn-occasion.ts';
import { claimPointsCredit, countPointsCreditUse } from './points-credit.ts';
import { claimPromoCode, countPromoCodeUse, type DeclaredDiscount } from './promo-code-use.ts';

export type RecordPurchaseInput = {
  customerId?: string;
  cardToken?: string;
  amountCents: number;
  occurredAt?: Date;
  locationId?: string | null;
  externalId?: string | null;
  items?: PurchaseItem[] | null;
  /** The discounts the till applied (what the quote answered); `amountCents` is what was paid. */
  discounts?: DeclaredDiscount[] | null;
  /** The promo code the customer used: checked, and its use counted with the sale. */
  promoCode?: string | null;
};

/** Point-of-sale clocks drift; a purchase more than this far in the future is a mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The earliest date a purchase recorded at the counter or through the API may carry: earlier
 * ones are typing or clock mistakes (0001-01-01, 1900) that would distort every figure.
 * Imported history and `habitue analyze` do not go through here and accept any past date.
 */
export const EARLIEST_PURCHASE_DATE = new Date('2000-01-01T00:00:00Z');

/** The webhook events a purchase may emit: when no webhook listens, nothing is looked up. */
const PURCHASE_EVENTS = ['purchase.recorded', 'reward.unlocked'] as const;

/**
 * Records a purchase and what it earns in every active program, in one transaction: the
 * purchase, its ledger entries and any vouchers it unlocks are all written, or none is.
 * A point-of-sale `externalId` seen before returns the original purchase instead of earning
 * twice (a unique key backs this up against concurrent resends).
 *
 * Its cost does not depend on the customer's history: it reads the customer (locked), the
 * merchant's programs (from this process's memory while their version holds) and one
 * standing per program (the ledger summed, kept by the database), then writes everything in
 * one statement. With `claim`, the idempotency key is claimed in the customer's lock statement
 * and nothing is written before it; in the common case the purchase is three statements.
 */
export async function recordPurchase(
  tx: Tx,
  scope: MerchantScope,
  input: RecordPurchaseInput,
  claim?: CarriedClaim,
) {
  const { merchantId, actor, now } = scope;
  assertPlausibleDate(input.occurredAt, now);
  if (input.locationId && !(await findLocation(tx, merchantId, input.locationId)))
    throw notFound('Location');
  const customer = await lockCustomerForPurchase(tx, merchantId, input, PURCHASE_EVENTS, claim);
  if (!customer) throw notFound('Customer');
  // The externalId is checked after the lock, in a statement of its own: a concurrent resend
  // waits for the first to commit, and only a statement started after that wait sees it.
  const previous = input.externalId
    ? await findPurchaseByExternalId(tx, merchantId, input.externalId)
    : undefined;
  const catalog = await programCatalog(tx, merchantId, customer.loyalty_version);
  const standing = await loadCustomerStanding(tx, merchantId, customer.id);
  const state: StandingState = { ...catalog, ...standing };
  if (previous) return replayPurchase(tx, state, scope, previous, input, customer.id);
  const tier = await tierAtPurchase(tx, scope, customer, {
    setting: tierSettingOf(customer.tier_row),
  });
  const discounts = input.discounts ?? [];
  const promo = input.promoCode
    ? await claimPromoCode(tx, scope, {
        ...input,
        promoCode: input.promoCode,
        customerId: customer.id,
        discounts,
      })
    : null;
  const pointsCents = discounts
    .filter((d) => d.kind === 'points')
    .reduce((n, d) => n + d.amountCents, 0);
  const pointsUses = await claimPointsCredit(tx, scope, customer.id, pointsCents);

  // What the rules earn from; a tier multiplier (pointsMultiplierPercent) joins here.
  const purchaseId = uuidv7();
  const earnInputs = {
    // A known customer who has not joined the program buys without earning.
    programs: customer.member_since ? catalog.activePrograms : [],
    purchase: { id: purchaseId, amountCents: input.amountCents, items: input.items ?? undefined },
    standings: standing.standings,
    now,
    pointsMultiplierPercent: tier.pointsMultiplierPercent,
  };
  const occasion = await earnOccasion(tx, merchantId, earnInputs.programs, input.occurredAt ?? now);
  assertPurchaseWithinLimits(earnInputs.programs, earnInputs.purchase);
  const outcome = recordPurchaseForPrograms({ ...earnInputs, occasion });
  const vouchers = withCodes(outcome.vouchers);
  const ctx = { merchantId, customerId: customer.id, actor };
  const purchase = await insertPurchaseWithLedger(
    tx,
    ctx,
    {
      merchantId,
      id: purchaseId,
      customerId: customer.id,
      amountCents: input.amountCents,
      occurredAt: input.occurredAt ?? now,
      locationId: input.locationId ?? null,
      externalId: input.externalId ?? null,
      items: input.items ?? null,
      discounts: input.discounts ?? null,
      actor,
    },
    outcome.entries,
    vouchers,
  );
  // Launch-plan extra points and referral rewards (docs/loyalty-rules.md, "Bonuses").
  const bonus = await applyPurchaseBonuses(
    tx,
    scope,
    {
      customerId: customer.id,
      memberSince: customer.member_since,
      purchase: { id: purchaseId, amountCents: input.amountCents },
      earnedByProgram: outcome.earnedByProgram,
    },
    bonusSettingsOf(customer.bonus_settings),
  );
  if (promo) await countPromoCodeUse(tx, scope, promo, { id: purchaseId, customerId: customer.id });
  await countPointsCreditUse(tx, scope, purchaseId, pointsUses);
  // The cause's share of a member's purchase, in the same transaction (a refund takes it back).
  if (customer.member_since) {
    const { id, customer_id: customerId, amount_cents: amountCents, occurred_at: at } = purchase;
    await sharePurchaseWithCause(
      tx,
      scope,
      { id, customerId, amountCents, at },
      { settings: causeSettingsOf(customer.cause_row) },
    );
  }
  if (customer.webhooks_listening) await emitPurchaseRecorded(tx, scope, purchase, vouchers);
  const tierAfter = await tier.afterPurchase(purchase);
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
    card: cardView(
      stateAfter(state, [...outcome.entries, ...bonus.entries], [...vouchers, ...bonus.vouchers]),
      now,
    ),
    ...tierAfter,
  };
}

/** The purchase date must be plausible: not in the future, not before 2000. */
function assertPlausibleDate(occurredAt: Date | undefined, now: Date) {
  if (occurredAt && occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError('validation_failed', 'The purchase date is in the future', {
      fields: [{ field: 'occurredAt', message: 'must not be in the future', code: 'in_future' }],
    });
  }
  if (occurredAt && occurredAt.getTime() < EARLIEST_PURCHASE_DATE.getTime()) {
    throw new AppError('validation_failed', 'The purchase date is before 2000-01-01', {
      fields: [
        { field: 'occurredAt', message: 'must be on or after 2000-01-01', code: 'too_early' },
      ],
    });
  }
}

/** The state once the purchase's entries and vouchers are appended (for the card it returns). */
function stateAfter(
  state: StandingState,
  entries: readonly LedgerEntry[],
  vouchers: readonly Voucher[],
): StandingState {
  const standings = { ...state.standings };
  for (const programId of new Set(entries.map((e) => e.programId))) {
    standings[programId] = standingAfter(
      standings[programId] ?? EMPTY_STANDING,
      entries.filter((e) => e.programId === programId),
    );
  }
  return { ...state, standings, openVouchers: [...state.openVouchers, ...vouchers] };
}

/** A voucher the purchase unlocked, with the reward's name for the counter to announce. */
function unlockedVoucher(
  state: StandingState,
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
async function replayPurchase(
  tx: Tx,
  state: StandingState,
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
  const earned = (await entriesCausedBy(tx, scope.merchantId, previous.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1)) // uuidv7: the order they were appended in
    .map(entryOf);
  const unlocked = await vouchersUnlockedBy(tx, scope.merchantId, customerId, previous.id);
  return {
    purchase: previous,
    customerId,
    replayed: true,
    awarded: earned.map((e) => ({ programId: e.programId, amount: e.delta, unit: e.unit })),
    notEarned: [],
    unlocked: unlocked.map((v) => unlockedVoucher(state, v)),
    card: cardView(state, scope.now),
  };
}
