import type { TierBenefits, TierLadder } from '../tiers/ladder.ts';
import { addMonthsToDay, localDay, monthEndAfter, periodEnd } from '../tiers/local-day.ts';
import { qualifiedLevel, seniorityDay } from '../tiers/qualify.ts';

/** Where the day-by-day tier replay stands at the start of a day (see `replayTiers`). */
interface ReplayState {
  level: number;
  graceEndDay: number | null;
  graceBest: number;
  periodStart: number;
  reviewDay: number;
  levelAtPeriodStart: number;
  qualified: number;
}

/**
 * A customer's tier through a simulated year, kept as purchases come (oldest first), so that
 * the simulation asks "which level before this purchase?" without replaying the earlier ones
 * each time: the replay's state, the window's running spend and visits, and the days on which
 * qualification may change, all move forward only. Linear in the days and purchases of the
 * customer instead of their product.
 *
 * It is `tierStanding` (`tiers/tier-card.ts`) restricted to what a simulation has — purchases
 * without refunds, membership from the first purchase — and gives the same level before every
 * purchase (property test against the full replay in `running-tier.property.test.ts`). Days
 * before the purchase's day do not depend on the purchases of that day or later, so they are
 * replayed once; the purchase's own day is evaluated on a copy, since later purchases of the
 * same day change it.
 * @example const tier = runningTier(ladder, 'Europe/Paris'); tier.benefitsBefore(purchase); tier.add(purchase)
 */
export function runningTier(ladder: TierLadder, timeZone: string) {
  const { periodMonths, graceMonths } = ladder.review;
  const days: number[] = [];
  const amounts: number[] = [];
  const changeDays = new Set<number>();
  let startDay = 0;
  let cursor = 0;
  let state: ReplayState | null = null;
  // The window (after, day]: purchases [tail, head) are in it.
  let head = 0;
  let tail = 0;
  let spendCents = 0;
  let visits = 0;
  // The shop-local day of the last time asked: a purchase is asked about, then added.
  let lastAt = Number.NaN;
  let lastDay = 0;
  const dayOf = (at: Date) => {
    if (at.getTime() !== lastAt) {
      lastAt = at.getTime();
      lastDay = localDay(at, timeZone);
    }
    return lastDay;
  };

  const measure = (day: number) => {
    while (head < days.length && days[head]! <= day) {
      spendCents += amounts[head]!;
      if (amounts[head]! > 0) visits += 1;
      head += 1;
    }
    const after = addMonthsToDay(day, -ladder.windowMonths);
    while (tail < head && days[tail]! <= after) {
      spendCents -= amounts[tail]!;
      if (amounts[tail]! > 0) visits -= 1;
      tail += 1;
    }
    return { spendCents, visits };
  };

  /** The replay's step for `day` up to the level held during it (`replayTiers`' loop body). */
  const during = (s: ReplayState, day: number) => {
    if (day > s.reviewDay) {
      s.periodStart = day;
      s.reviewDay = periodEnd(day, periodMonths);
      s.levelAtPeriodStart = s.level;
    }
    if (changeDays.has(day)) s.qualified = qualifiedLevel(ladder, measure(day), day, startDay);
    if (s.qualified === s.level && s.graceEndDay === null && day !== s.reviewDay) return;
    if (s.qualified > s.level) {
      s.level = s.qualified;
      s.graceEndDay = null;
    } else if (s.graceEndDay !== null && s.qualified >= s.level) {
      s.graceEndDay = null;
    } else if (s.graceEndDay !== null) {
      s.graceBest = Math.max(s.graceBest, s.qualified);
    }
  };

  /** What happens once `day` is over: the end of a grace, a review. */
  const endOf = (s: ReplayState, day: number) => {
    if (s.graceEndDay === day) {
      s.level = s.graceBest;
      s.graceEndDay = null;
      s.levelAtPeriodStart = Math.min(s.levelAtPeriodStart, s.level);
    } else if (s.level > 0 && s.graceEndDay === null && day === s.reviewDay) {
      if (s.qualified >= s.level) return;
      if (graceMonths === 0) {
        s.level = s.qualified;
      } else {
        s.graceEndDay = monthEndAfter(day, graceMonths);
        s.graceBest = s.qualified;
      }
    }
  };

  const start = (day: number): ReplayState => {
    startDay = day;
    cursor = day;
    changeDays.add(day);
    for (const level of ladder.levels) {
      const senior = seniorityDay(level.criteria, day);
      if (senior !== null) changeDays.add(senior);
    }
    return {
      level: 0,
      graceEndDay: null,
      graceBest: 0,
      periodStart: day,
      reviewDay: periodEnd(day, periodMonths),
      levelAtPeriodStart: 0,
      qualified: 0,
    };
  };

  return {
    /** The benefits of the level held just before a purchase at `at` (after those added). */
    benefitsBefore(at: Date): TierBenefits {
      const day = dayOf(at);
      state ??= start(day);
      for (; cursor < day; cursor += 1) {
        during(state, cursor);
        endOf(state, cursor);
      }
      const today = { ...state };
      during(today, day);
      return ladder.levels[today.level]!.benefits;
    },
    /** Counts a purchase made at `at` (not before the last one added). */
    add(purchase: { readonly at: Date; readonly amountCents: number }) {
      const day = dayOf(purchase.at);
      state ??= start(day);
      days.push(day);
      amounts.push(purchase.amountCents);
      changeDays.add(day);
      const leaves = addMonthsToDay(day, ladder.windowMonths);
      for (let extra = 0; extra <= 3; extra += 1) changeDays.add(leaves + extra);
    },
  };
}
