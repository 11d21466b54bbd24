import { earnOnStanding } from '../earn/record-purchase.ts';
import { expireDueFrom } from '../expiry/expire-due.ts';
import { newEntry } from '../ledger/new-entry.ts';
import { EMPTY_STANDING, type Standing, standingAfter } from '../ledger/standing.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';
import { runningTier } from './running-tier.ts';
import type { PastPurchase, SimulationInput } from './simulation.ts';

/** One customer's year under the draft, in the program's unit and in cents. */
export interface CustomerReplay {
  readonly earned: number;
  readonly redeemed: number;
  readonly expired: number;
  readonly outstanding: number;
  readonly discountCents: number;
  /** Reward ids, one per reward given (a completed card or a points redemption). */
  readonly given: readonly string[];
}

/**
 * Replays one customer's purchases (oldest first) through the real earning and expiry rules.
 * Assumptions, documented in docs/loyalty-rules.md: a completed card's voucher is used; points
 * are spent on the cheapest reward as soon as the balance covers it (the earliest and most
 * frequent cost the catalog allows).
 */
export function replayCustomer(
  input: Pick<SimulationInput, 'program' | 'tiers' | 'end'>,
  cheapest: Reward | undefined,
  purchases: readonly PastPurchase[],
): CustomerReplay {
  const { program } = input;
  let standing: Standing = EMPTY_STANDING;
  let earned = 0;
  let redeemed = 0;
  let expired = 0;
  let discountCents = 0;
  const given: string[] = [];
  const apply = (entries: readonly LedgerEntry[]) => {
    for (const e of entries) {
      if (e.kind === 'earn') earned += e.delta;
      if (e.kind === 'expire') expired -= e.delta;
      if (e.kind === 'redeem') redeemed -= e.delta;
    }
    standing = standingAfter(standing, entries);
  };
  const tier = input.tiers ? runningTier(input.tiers.ladder, input.tiers.timeZone) : undefined;
  for (const purchase of purchases) {
    const benefits = tier?.benefitsBefore(purchase.at);
    tier?.add(purchase);
    discountCents += Math.floor((purchase.amountCents * (benefits?.discountPercent ?? 0)) / 100);
    const outcome = earnOnStanding({
      program,
      purchase,
      standing,
      now: purchase.at,
      pointsMultiplierPercent: benefits?.pointsMultiplierPercent,
    });
    if (!outcome.ok) {
      // Below the minimum purchase or nothing eligible: the visit earns nothing, but a due expiry
      // still applies at that date.
      apply(expireDueFrom(program, standing, purchase.at));
      continue;
    }
    apply(outcome.value.entries);
    for (const _ of outcome.value.vouchers) given.push(stampReward(program));
    if (program.kind === 'points' && cheapest) {
      while (standing.balance >= cheapest.cost) {
        apply([redemption(program, cheapest, purchase, given.length)]);
        given.push(cheapest.id);
      }
    }
  }
  apply(expireDueFrom(program, standing, input.end));
  return { earned, redeemed, expired, outstanding: standing.balance, discountCents, given };
}

function stampReward(program: Program): string {
  return program.kind === 'stamps' ? program.rewardId : '';
}

function redemption(program: Program, reward: Reward, purchase: PastPurchase, n: number) {
  const id = `${purchase.id}:${n}`;
  return newEntry(program, 'redeem', -reward.cost, purchase.at, {
    type: 'redemption',
    redemptionId: id,
    rewardId: reward.id,
    voucherId: id,
  });
}
