import { type Standing, standingOf } from '../ledger/standing.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import { addDays, addMonths } from '../time/calendar.ts';

/** When a balance will lapse if nothing happens, and when to warn the customer. */
export interface ExpiryPlan {
  readonly lastActivityAt: Date;
  readonly expiresAt: Date;
  /** expiresAt − noticeDays: from then on the customer should be told. */
  readonly noticeAt: Date;
  /** What would lapse: the whole current balance. */
  readonly amount: number;
}

/**
 * The expiry ahead for a program's balance, or null when nothing can lapse (no expiry policy,
 * empty balance, no activity yet). Activity is any earn, redeem or adjust entry; refunds
 * (reverse) and expiries are not the customer coming back, so they do not extend the deadline.
 * @example
 * // 12 months without activity, 30 days notice, last purchase 2026-01-15 with 40 points:
 * planExpiry(program, entries) // { expiresAt: 2027-01-15, noticeAt: 2026-12-16, amount: 40, ... }
 */
export function planExpiry(program: Program, entries: readonly LedgerEntry[]): ExpiryPlan | null {
  return planExpiryFrom(program, standingOf(entries, program.id));
}

/**
 * The same from the program's standing (the ledger summed), for a caller that keeps it.
 * @example planExpiryFrom(program, { balance: 40, lastActivityAt: 2026-01-15, clawbackOwed: 0 })
 */
export function planExpiryFrom(program: Program, standing: Standing): ExpiryPlan | null {
  const policy = program.expiry;
  if (policy === undefined) return null;
  const { balance: amount, lastActivityAt } = standing;
  if (amount <= 0 || lastActivityAt === null) return null;
  const expiresAt = addMonths(lastActivityAt, policy.monthsWithoutActivity);
  return { lastActivityAt, expiresAt, noticeAt: addDays(expiresAt, -policy.noticeDays), amount };
}
