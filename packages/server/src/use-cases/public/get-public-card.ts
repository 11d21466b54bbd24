import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem, withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCardHolder } from '../../repositories/customers.ts';
import { findCardHolderFirstName, findPublicMerchant } from '../../repositories/public-links.ts';
import { tradeDiscountOnCard } from '../b2b-thresholds/b2b-threshold-offers.ts';
import { cardView } from '../cards/card-view.ts';
import { clubAndCauseOnCard } from '../club/club-and-cause-on-card.ts';
import { loadState } from '../loyalty/loyalty-state.ts';
import { loadReferralLink } from '../referrals/referral-link.ts';
import { loadTierPresentation } from '../tiers/tier-standing.ts';
import { countAttempt, type Guard, refuseIfLimited } from './guessing-guard.ts';

/**
 * The customer's own card, behind its unguessable link: the business, the first name, and per
 * program the progress, what the balance buys and the vouchers with their codes. Nothing else
 * about the person (no email, phone or ids), since a link can be forwarded or shoulder-read.
 */
export async function getPublicCard(
  deps: { db: Kysely<Database>; now: Date; guard: Guard; publicUrl: string },
  token: string,
) {
  await refuseIfLimited(deps.guard);
  const holder = await asSystem(deps.db, (tx) => findCardHolder(tx, token));
  if (!holder) {
    await countAttempt(deps.guard);
    throw notFound('Card');
  }
  return withMerchant(deps.db, holder.merchant_id, async (tx) => {
    const [merchant, customer, state, tier, referral, clubAndCause, tradeDiscount] =
      await Promise.all([
        findPublicMerchant(tx, holder.merchant_id),
        findCardHolderFirstName(tx, holder.merchant_id, holder.id),
        loadState(tx, holder.merchant_id, holder.id),
        loadTierPresentation(tx, holder.merchant_id, holder, deps.now),
        loadReferralLink(tx, holder.merchant_id, holder.id, deps.publicUrl),
        clubAndCauseOnCard(tx, holder.merchant_id, holder.id, deps.now),
        tradeDiscountOnCard(tx, { merchantId: holder.merchant_id, now: deps.now }, holder.id),
      ]);
    const rewardName = (id: string) => state.rewards.find((r) => r.id === id)?.name ?? null;
    return {
      cardToken: customer.card_token,
      firstName: customer.first_name,
      business: { name: merchant.name, brandColor: merchant.brand_color },
      programs: cardView(state, deps.now).map((p) => ({
        name: p.programName,
        kind: p.kind,
        balance: p.balance,
        progress: p.progress && {
          current: p.progress.current,
          target: p.progress.target,
          reward: rewardName(p.progress.rewardId),
        },
        redeemable: p.redeemableRewardIds.map((id) => ({
          name: rewardName(id),
          cost: state.rewards.find((r) => r.id === id)?.cost ?? 0,
        })),
        vouchers: p.vouchers.map((v) => ({
          code: v.code,
          reward: v.rewardName,
          expiresAt: v.expiresAt,
        })),
        expiresAt: p.expiry?.expiresAt.toISOString() ?? null,
        owed: p.clawbackOwed,
      })),
      ...tier,
      referral,
      ...clubAndCause,
      tradeDiscount,
    };
  });
}

export type PublicCard = Awaited<ReturnType<typeof getPublicCard>>;
