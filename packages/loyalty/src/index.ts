/**
 * @habitue/loyalty — the loyalty rules as pure functions: what a purchase earns, when a reward
 * unlocks, what a redemption costs, what a refund takes back. Plain data in, plain data out
 * (entries to append, vouchers to issue, typed rejections). No I/O, no clock: `now` is always
 * a parameter; no randomness: voucher codes are drawn by the caller.
 */
export * from './adjust/adjust-balance.ts';
export * from './adjust/adjustment-limit.ts';
export * from './bonuses/birthday-occasion.ts';
export * from './bonuses/bonus-settings.ts';
export * from './bonuses/referral-reward.ts';
export * from './card/build-card-view.ts';
export * from './card/next-reward.ts';
export * from './cause/index.ts';
export * from './club/index.ts';
export * from './discounts/applicable-offers.ts';
export * from './discounts/b2b-thresholds.ts';
export * from './discounts/offer.ts';
export * from './discounts/points-as-money.ts';
export * from './discounts/promo-code-rule.ts';
export * from './discounts/quote-discounts.ts';
export * from './discounts/return-points-discount.ts';
export * from './discounts/stacking-order.ts';
export * from './earn/earned-by-purchase.ts';
export * from './earn/grant-bonus.ts';
export * from './earn/multipliers.ts';
export * from './earn/points-for-purchase.ts';
export * from './earn/record-purchase.ts';
export * from './earn/record-purchase-for-programs.ts';
export * from './earn/stamps-for-purchase.ts';
export * from './economics/assess-reward-economics.ts';
export * from './economics/cost-ratio.ts';
export * from './economics/spend-needed.ts';
export * from './expiry/expire-due.ts';
export * from './expiry/expiring-within.ts';
export * from './expiry/plan-expiry.ts';
export * from './ledger/balance.ts';
export * from './ledger/standing.ts';
export * from './model/ledger-entry.ts';
export * from './model/program.ts';
export * from './model/purchase.ts';
export * from './model/reward.ts';
export * from './model/voucher.ts';
export * from './presets/program-from-preset.ts';
export * from './presets/stamp-card-presets.ts';
export * from './purchase/plausible-amount.ts';
export * from './redeem/redeem-points.ts';
export * from './redeem/use-voucher.ts';
export * from './refund/amount-to-reverse.ts';
export * from './refund/refund-purchase.ts';
export * from './result/error-codes.ts';
export * from './result/result.ts';
export * from './setup/validate-program.ts';
export * from './setup/validate-reward.ts';
export * from './simulate/simulate-program.ts';
export * from './simulate/simulation.ts';
export * from './tiers/ladder.ts';
export * from './tiers/next-review.ts';
export * from './tiers/replay-tiers.ts';
export * from './tiers/tier-activity.ts';
export * from './tiers/tier-card.ts';
export * from './tiers/validate-ladder.ts';
export * from './time/calendar.ts';
export * from './voucher/voucher-code.ts';
export * from './voucher/voucher-status.ts';
