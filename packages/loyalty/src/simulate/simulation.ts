import type { CostRatioBand } from '../economics/cost-ratio.ts';
import type { Program } from '../model/program.ts';
import type { PurchaseItem } from '../model/purchase.ts';
import type { Reward } from '../model/reward.ts';
import type { TierLadder } from '../tiers/ladder.ts';

/** A past sale to replay: who bought, when, what they paid. */
export interface PastPurchase {
  readonly id: string;
  readonly customerId: string;
  readonly at: Date;
  readonly amountCents: number;
  readonly items?: readonly PurchaseItem[] | undefined;
}

/** A program draft and a year of sales: what the simulator replays. */
export interface SimulationInput {
  readonly program: Program;
  /** The draft's rewards: the card's reward, or the points catalog (archived ones are skipped). */
  readonly rewards: readonly Reward[];
  /** A tier ladder to apply (multiplier and discount of the level held before each purchase). */
  readonly tiers?: { readonly ladder: TierLadder; readonly timeZone: string } | undefined;
  readonly purchases: readonly PastPurchase[];
  /** The end of the replayed period: expiries due by then are applied, liability is counted then. */
  readonly end: Date;
  /** The shop's gross margin on what it sells, in whole percent (e.g. 65 for a café). */
  readonly grossMarginPercent: number;
}

/** How often one reward would have been given, and what it would have cost. */
export interface RewardTally {
  readonly rewardId: string;
  readonly count: number;
  readonly costCents: number;
}

/** What the draft would have done over the period. Money in cents, balances in the program's unit. */
export interface SimulationResult {
  readonly customers: number;
  readonly visits: number;
  readonly spendCents: number;
  readonly earned: number;
  readonly redeemed: number;
  readonly expired: number;
  readonly outstanding: number;
  readonly rewardsGiven: number;
  readonly byReward: readonly RewardTally[];
  /** Rewards given, at cost price. */
  readonly rewardCostCents: number;
  /** Revenue given up to tier discounts. */
  readonly discountCents: number;
  /** rewardCostCents + discountCents. */
  readonly costCents: number;
  /** costCents / spendCents, in percent with two decimals (0 without spend). */
  readonly costRatioPercent: number;
  readonly band: CostRatioBand;
  /** Outstanding stamps or points at the end, valued at the cost price of what they buy. */
  readonly liabilityCents: number;
  /**
   * The extra visits each customer would need to make for the margin they bring to pay for the
   * program (cost + liability), and that as a share of their current visits; null without spend.
   */
  readonly breakEven: {
    readonly extraVisitsPerCustomer: number;
    readonly liftPercent: number;
  } | null;
}
