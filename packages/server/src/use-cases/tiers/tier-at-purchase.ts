import type { Tx } from '../../db/tenant.ts';
import { findTierSetting, loadTierActivity } from '../../repositories/tiers.ts';
import type { MerchantScope } from '../scope.ts';
import { settleTier } from './settle-tier.ts';
import {
  NO_TIER,
  presentStanding,
  standingOf,
  type TierMember,
  type TierPresentation,
} from './tier-standing.ts';

/** The tier side of one purchase: the multiplier to earn at, and what to do once recorded. */
export interface TierAtPurchase {
  /** The level held before this purchase sets the multiplier (150 = ×1,5). */
  readonly pointsMultiplierPercent: number;
  /** The level held before this purchase, for its permanent discount; null without a ladder. */
  readonly level: { readonly name: string; readonly discountPercent: number } | null;
  /** Counts the purchase, records the new level (announcing a change) and returns the card's tier. */
  afterPurchase(purchase: {
    readonly id: string;
    readonly occurred_at: Date;
    readonly amount_cents: number;
  }): Promise<TierPresentation>;
}

const WITHOUT_TIERS: TierAtPurchase = {
  pointsMultiplierPercent: 100,
  level: null,
  afterPurchase: async () => NO_TIER,
};

/**
 * Reads the shop's ladder (one row) and, when there is one, this member's purchases (not the
 * ledger) once: the level before the purchase gives the multiplier, and the same history plus
 * the purchase gives the level after, without a second read.
 * @example const tier = await tierAtPurchase(tx, scope, customer); … await tier.afterPurchase(purchase)
 */
export async function tierAtPurchase(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  customer: TierMember,
  /** The ladder when the caller read it already (the purchase, with the customer's lock). */
  known?: { setting: Awaited<ReturnType<typeof findTierSetting>> },
): Promise<TierAtPurchase> {
  const memberSince = customer.member_since;
  if (memberSince === null) return WITHOUT_TIERS;
  const setting = known ? known.setting : await findTierSetting(tx, scope.merchantId);
  if (!setting) return WITHOUT_TIERS;
  const activity = await loadTierActivity(tx, scope.merchantId, customer.id, memberSince);
  const before = standingOf(setting, activity, scope.now);
  return {
    pointsMultiplierPercent: before.level.benefits.pointsMultiplierPercent,
    level: { name: before.level.name, discountPercent: before.level.benefits.discountPercent },
    async afterPurchase(purchase) {
      const purchases = [
        ...activity.purchases,
        { id: purchase.id, at: purchase.occurred_at, amountCents: Number(purchase.amount_cents) },
      ];
      const after = standingOf(setting, { ...activity, purchases }, scope.now);
      await settleTier(tx, scope, {
        setting,
        customerId: customer.id,
        standing: after,
        cause: 'purchase',
        previousLevelId: before.level.id,
      });
      return presentStanding(setting, after, scope.now);
    },
  };
}
