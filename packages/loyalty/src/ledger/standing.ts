import type { EntryKind, LedgerEntry } from '../model/ledger-entry.ts';

/**
 * Everything the rules read from one program's history, summed: what the customer holds, when
 * they last did something that keeps the balance alive, and what refunds could not take back.
 * It is a fold of the ledger (`standingOf`), so a store may keep it next to the entries and
 * update it as it appends (`standingAfter`) instead of reading the whole history every time.
 */
export interface Standing {
  readonly balance: number;
  /** The latest earn, redeem or adjust entry (refunds, expiries and merges are not the customer coming back: `activityAt`). */
  readonly lastActivityAt: Date | null;
  readonly clawbackOwed: number;
}

/** A program the customer has no entry in yet. */
export const EMPTY_STANDING: Standing = { balance: 0, lastActivityAt: null, clawbackOwed: 0 };

/** Entry kinds that count as the customer's activity for inactivity expiry. */
export function isActivity(kind: EntryKind): boolean {
  return kind === 'earn' || kind === 'redeem' || kind === 'adjust';
}

/**
 * When an entry says the customer was last active, or null when it says nothing. A merge is
 * the shop tidying its records, not the customer coming back: the balance a merge brings in
 * counts as of the duplicate's own last activity (`cause.lastActivityAt`), and the entry that
 * takes it out of the duplicate not at all. The same rule is written in SQL for the balance
 * snapshots (`repositories/ledger-activity.ts` and its migration).
 * @example activityAt({ kind: 'adjust', at: 2026-06-01, cause: { type: 'merge', direction: 'in', lastActivityAt: 2026-01-15, … } }) // 2026-01-15
 */
export function activityAt(entry: LedgerEntry): Date | null {
  if (entry.cause.type === 'merge') return entry.cause.lastActivityAt ?? null;
  return isActivity(entry.kind) ? entry.at : null;
}

/**
 * The standing after appending `entries` (all of one program) to `standing`.
 * @example standingAfter(EMPTY_STANDING, [earn +3 on 2026-01-15]) // { balance: 3, lastActivityAt: 2026-01-15, clawbackOwed: 0 }
 */
export function standingAfter(standing: Standing, entries: readonly LedgerEntry[]): Standing {
  let { balance, lastActivityAt, clawbackOwed } = standing;
  for (const entry of entries) {
    balance += entry.delta;
    const active = activityAt(entry);
    if (active !== null && (lastActivityAt === null || active > lastActivityAt))
      lastActivityAt = active;
    if (entry.cause.type === 'refund') clawbackOwed += entry.cause.shortfall;
  }
  return { balance, lastActivityAt, clawbackOwed };
}

/**
 * One program's standing from a ledger (entries of other programs are ignored).
 * @example standingOf(entries, 'card').balance // 7
 */
export function standingOf(entries: readonly LedgerEntry[], programId: string): Standing {
  return standingAfter(
    EMPTY_STANDING,
    entries.filter((entry) => entry.programId === programId),
  );
}
