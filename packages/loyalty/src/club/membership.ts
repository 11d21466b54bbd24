import { addDays, addMonths } from '../time/calendar.ts';
import { type ClubPeriod, monthsOf } from './club-settings.ts';

/** A fee paid: it buys one period of the club from the renewal date (or from now, to rejoin). */
export interface ClubPaymentEvent {
  readonly kind: 'payment';
  readonly at: Date;
  readonly period: ClubPeriod;
}

/** The member asked to stop: the paid time is kept, no grace follows, no reminder is sent. */
export interface ClubCancellationEvent {
  readonly kind: 'cancellation';
  readonly at: Date;
}

export type ClubEvent = ClubPaymentEvent | ClubCancellationEvent;

/**
 * One continuous membership: from the payment that started it to the end of the last period
 * paid. Periods are counted from `start` (start + n months), so a membership that began on
 * 31 January renews on 28 February, then on 31 March, never drifting to the 28th.
 */
export interface MembershipRun {
  readonly start: Date;
  /** The renewal date: the end of the time paid for. */
  readonly paidUntil: Date;
  /** When the club's benefits stop if nothing more is paid: `paidUntil` + grace, or `paidUntil` once cancelled. */
  readonly endsAt: Date;
  readonly cancelledAt: Date | null;
  /** When each payment of this run was made: the first joined, the others renewed. */
  readonly paidAt: readonly Date[];
}

/** The member's situation at `now`. */
export type MembershipState =
  /** Never paid. */
  | 'none'
  /** Paid time is running. */
  | 'active'
  /** Past the renewal date, within the grace days: still a member, asked to pay. */
  | 'grace'
  /** Cancelled, paid time still running: a member until `paidUntil`. */
  | 'ending'
  /** The last membership ended (not renewed in time, or cancelled). */
  | 'lapsed';

export interface Membership {
  readonly state: MembershipState;
  /** Whether the club's discount and perks apply now. */
  readonly isMember: boolean;
  /** The current (or last) run, null when the customer never paid. */
  readonly current: MembershipRun | null;
  /** Every run, oldest first: a lapse is the end of one. */
  readonly runs: readonly MembershipRun[];
}

/**
 * Replays a customer's club payments and cancellations (any order) into membership runs.
 * A payment while a run is still going (paid time, grace, or paid time after a cancellation)
 * extends it by one period from the renewal date and withdraws the cancellation; a payment after
 * a run has ended starts a new run at the payment. Events after `now` are ignored.
 *
 * @example
 * membership([{ kind: 'payment', at: new Date('2026-01-10'), period: 'monthly' }], 7, new Date('2026-02-12'))
 * // { state: 'grace', isMember: true, current: { paidUntil: 2026-02-10, endsAt: 2026-02-17, … } }
 */
export function membership(events: readonly ClubEvent[], graceDays: number, now: Date): Membership {
  const ordered = events
    .filter((e) => e.at.getTime() <= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === 'payment' ? -1 : 1));
  const runs: MembershipRun[] = [];
  let months = 0;
  for (const event of ordered) {
    const last = runs.at(-1);
    const going = last !== undefined && event.at.getTime() < last.endsAt.getTime();
    if (event.kind === 'cancellation') {
      if (going && last.cancelledAt === null) {
        runs[runs.length - 1] = { ...last, cancelledAt: event.at, endsAt: last.paidUntil };
      }
      continue;
    }
    if (going) {
      months += monthsOf(event.period);
      const paidUntil = addMonths(last.start, months);
      runs[runs.length - 1] = {
        ...last,
        paidUntil,
        endsAt: addDays(paidUntil, graceDays),
        cancelledAt: null,
        paidAt: [...last.paidAt, event.at],
      };
    } else {
      months = monthsOf(event.period);
      const paidUntil = addMonths(event.at, months);
      runs.push({
        start: event.at,
        paidUntil,
        endsAt: addDays(paidUntil, graceDays),
        cancelledAt: null,
        paidAt: [event.at],
      });
    }
  }
  const current = runs.at(-1) ?? null;
  return { state: stateOf(current, now), isMember: isMemberAt(current, now), current, runs };
}

function isMemberAt(run: MembershipRun | null, now: Date): boolean {
  return (
    run !== null && now.getTime() >= run.start.getTime() && now.getTime() < run.endsAt.getTime()
  );
}

function stateOf(run: MembershipRun | null, now: Date): MembershipState {
  if (run === null) return 'none';
  if (now.getTime() >= run.endsAt.getTime()) return 'lapsed';
  if (run.cancelledAt !== null) return 'ending';
  return now.getTime() < run.paidUntil.getTime() ? 'active' : 'grace';
}

/**
 * Whether the renewal reminder is due at `now`: an active, uncancelled member whose renewal
 * date is within `reminderDays` (a member in grace is reminded too: they still have to pay).
 */
export function renewalReminderDue(m: Membership, reminderDays: number, now: Date): boolean {
  if (m.current === null || (m.state !== 'active' && m.state !== 'grace')) return false;
  return m.current.paidUntil.getTime() - now.getTime() <= reminderDays * 86_400_000;
}

/** The discount a purchase gets at `now`: the club's percentage for a member, else 0. */
export function clubDiscountPercent(m: Membership, discountPercent: number): number {
  return m.isMember ? discountPercent : 0;
}
