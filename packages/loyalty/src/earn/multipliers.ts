import type { PointsMultiplier, PointsProgram } from '../model/program.ts';
import type { Purchase } from '../model/purchase.ts';
import { sameCategory } from './category.ts';

/** When and where a purchase happened, for multipliers on hours and dates. */
export interface EarnOccasion {
  readonly at: Date;
  /** The shop's IANA time zone: quiet hours and dates are the shop's wall clock. */
  readonly timeZone: string;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The shop-local weekday (1 = Monday … 7 = Sunday), minutes since midnight and date. */
export function localClock(at: Date, timeZone: string) {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(timeZone, clock);
  }
  const parts = Object.fromEntries(clock.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday =
    ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '') + 1;
  return {
    weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

/** 'HH:MM' → minutes since midnight. @example minutesOf('14:30') // 870 */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Whether a whole-purchase multiplier (quiet hours, dates) holds at this occasion. */
function holds(multiplier: PointsMultiplier, occasion: EarnOccasion): boolean {
  const when = multiplier.when;
  if (when.kind === 'category') return false;
  const clock = localClock(occasion.at, occasion.timeZone);
  if (when.kind === 'dates') return when.startsOn <= clock.date && clock.date <= when.endsOn;
  return (
    when.weekdays.includes(clock.weekday) &&
    minutesOf(when.from) <= clock.minutes &&
    clock.minutes < minutesOf(when.to)
  );
}

/**
 * The purchase's earning amount weighted by its multipliers, in cents × percent (so 100 × the
 * amount when none applies). Multipliers do not stack with each other: the whole purchase gets
 * the largest of the quiet-hours and date multipliers that hold, and an item line of a
 * multiplied category gets its category's multiplier instead when that is larger. Category
 * lines are counted at their price, within what was paid (`baseCents`).
 * @example weightedCents(doubleOnCoupes, { id: 'p', amountCents: 3000, items: [coupe 2000, shampoo 1000] }, 3000) // 2000×200 + 1000×100
 */
export function weightedCents(
  program: PointsProgram,
  purchase: Purchase,
  baseCents: number,
  occasion?: EarnOccasion,
): number {
  const multipliers = program.multipliers ?? [];
  let whole = 100;
  if (occasion) {
    for (const m of multipliers) if (holds(m, occasion)) whole = Math.max(whole, m.percent);
  }
  let weighted = 0;
  let counted = 0;
  for (const item of purchase.items ?? []) {
    const eligible =
      program.eligibleCategories === undefined ||
      program.eligibleCategories.some((c) => sameCategory(c, item.category));
    if (!eligible) continue;
    const percent = categoryPercent(multipliers, item.category);
    if (percent <= whole) continue;
    const cents = Math.min(item.quantity * item.unitPriceCents, baseCents - counted);
    weighted += cents * percent;
    counted += cents;
  }
  return weighted + (baseCents - counted) * whole;
}

function categoryPercent(multipliers: readonly PointsMultiplier[], category: string): number {
  let best = 100;
  for (const m of multipliers) {
    if (m.when.kind === 'category' && sameCategory(m.when.category, category)) {
      best = Math.max(best, m.percent);
    }
  }
  return best;
}
