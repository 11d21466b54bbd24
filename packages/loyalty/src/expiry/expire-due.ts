import { newEntry } from '../ledger/new-entry.ts';
import { type Standing, standingOf } from '../ledger/standing.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import { planExpiryFrom } from './plan-expiry.ts';

/**
 * The `expire` entry to append if the balance has lapsed by `now`, else nothing. The entry is
 * dated at the deadline, not at `now`, so the history says when the points really lapsed even
 * if the job runner is late. Idempotent: once appended the balance is 0 and nothing more is due.
 * Every balance-changing rule calls this first, so a late job can never let lapsed points be
 * spent.
 * @example expireDue(program, entries, new Date('2027-02-01T00:00:00Z')) // [{ kind: 'expire', delta: -40, ... }]
 */
export function expireDue(
  program: Program,
  entries: readonly LedgerEntry[],
  now: Date,
): LedgerEntry[] {
  return expireDueFrom(program, standingOf(entries, program.id), now);
}

/** The same from the program's standing (the ledger summed), for a caller that keeps it. */
export function expireDueFrom(program: Program, standing: Standing, now: Date): LedgerEntry[] {
  const plan = planExpiryFrom(program, standing);
  if (plan === null || now.getTime() < plan.expiresAt.getTime()) return [];
  return [
    newEntry(program, 'expire', -plan.amount, plan.expiresAt, {
      type: 'inactivity',
      lastActivityAt: plan.lastActivityAt,
    }),
  ];
}
