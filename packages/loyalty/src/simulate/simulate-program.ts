import { costRatioBand, percentOf } from '../economics/cost-ratio.ts';
import type { Reward } from '../model/reward.ts';
import { replayCustomer } from './replay-customer.ts';
import type { PastPurchase, RewardTally, SimulationInput, SimulationResult } from './simulation.ts';

/**
 * Replays a year of a shop's sales through a program draft — the real earning, tier and expiry
 * rules — and answers what it would have cost: rewards given at cost price, tier discounts, the
 * cost ratio against the 1–5 % guideline, the liability left at the end, and the lift in visits
 * per customer that would pay for it all.
 * @example
 * simulateProgram({ program: card5, rewards: [coffee], purchases, end, grossMarginPercent: 60 })
 * // { rewardsGiven: 1, rewardCostCents: 150, costRatioPercent: 1.5, band: 'within', liabilityCents: 90, ... }
 */
export function simulateProgram(input: SimulationInput): SimulationResult {
  const rewards = input.rewards.filter((r) => !r.archived && r.programId === input.program.id);
  // What a balance buys: the card's reward, or the catalog's cheapest (see replayCustomer).
  const program = input.program;
  const cheapest =
    program.kind === 'stamps'
      ? rewards.find((r) => r.id === program.rewardId)
      : cheapestOf(rewards);
  const byCustomer = groupByCustomer(input.purchases, input.end);
  let earned = 0;
  let redeemed = 0;
  let expired = 0;
  let outstanding = 0;
  let discountCents = 0;
  let visits = 0;
  let spendCents = 0;
  const counts = new Map<string, number>();
  for (const purchases of byCustomer.values()) {
    const replay = replayCustomer(input, cheapest, purchases);
    earned += replay.earned;
    redeemed += replay.redeemed;
    expired += replay.expired;
    outstanding += replay.outstanding;
    discountCents += replay.discountCents;
    visits += purchases.length;
    for (const p of purchases) spendCents += p.amountCents;
    for (const id of replay.given) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const byReward: RewardTally[] = [...counts].map(([rewardId, count]) => ({
    rewardId,
    count,
    costCents: count * (rewards.find((r) => r.id === rewardId)?.costPriceCents ?? 0),
  }));
  const rewardCostCents = byReward.reduce((sum, r) => sum + r.costCents, 0);
  const costCents = rewardCostCents + discountCents;
  const liabilityCents = valueAtCost(input, cheapest, outstanding);
  const customers = byCustomer.size;
  return {
    customers,
    visits,
    spendCents,
    earned,
    redeemed,
    expired,
    outstanding,
    rewardsGiven: byReward.reduce((sum, r) => sum + r.count, 0),
    byReward,
    rewardCostCents,
    discountCents,
    costCents,
    costRatioPercent: spendCents > 0 ? percentOf(costCents, spendCents) : 0,
    band: costRatioBand(costCents, spendCents),
    liabilityCents,
    breakEven: breakEven(costCents + liabilityCents, spendCents, visits, customers, input),
  };
}

/**
 * Each extra visit brings the average basket × the gross margin; the program pays for itself
 * once the extra visits bring what it costs: extra = cost / (basket × margin), and the lift is
 * that over current visits = cost / (spend × margin).
 */
function breakEven(
  costCents: number,
  spendCents: number,
  visits: number,
  customers: number,
  input: Pick<SimulationInput, 'grossMarginPercent'>,
): SimulationResult['breakEven'] {
  const marginCents = (spendCents * input.grossMarginPercent) / 100;
  if (marginCents <= 0 || customers === 0) return null;
  const extraVisits = (costCents * visits) / marginCents;
  return {
    extraVisitsPerCustomer: round2(extraVisits / customers),
    liftPercent: round2((costCents * 100) / marginCents),
  };
}

/** Outstanding stamps or points at the cost price of what they would buy, to the cent. */
function valueAtCost(
  input: Pick<SimulationInput, 'program'>,
  cheapest: Reward | undefined,
  outstanding: number,
): number {
  const { program } = input;
  if (cheapest === undefined || outstanding <= 0) return 0;
  const perCard = program.kind === 'stamps' ? program.stampsPerCard : cheapest.cost;
  return Math.round((outstanding * cheapest.costPriceCents) / perCard);
}

function cheapestOf(rewards: readonly Reward[]): Reward | undefined {
  return [...rewards].sort((a, b) => a.cost - b.cost || a.costPriceCents - b.costPriceCents)[0];
}

/** Purchases up to `end`, by customer, oldest first. */
function groupByCustomer(purchases: readonly PastPurchase[], end: Date) {
  const groups = new Map<string, PastPurchase[]>();
  const sorted = purchases
    .filter((p) => p.at.getTime() <= end.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const p of sorted) {
    const list = groups.get(p.customerId) ?? [];
    list.push(p);
    groups.set(p.customerId, list);
  }
  return groups;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
