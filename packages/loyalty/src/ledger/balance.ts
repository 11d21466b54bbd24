import type { LedgerEntry } from '../model/ledger-entry.ts';

/**
 * The balance of a ledger: the sum of its entries' deltas. With a `programId`, only that
 * program's entries count.
 * @example balanceOf([{ delta: 3, ... }, { delta: -1, ... }]) // 2
 */
export function balanceOf(entries: readonly LedgerEntry[], programId?: string): number {
  let sum = 0;
  for (const entry of entries) {
    if (programId === undefined || entry.programId === programId) sum += entry.delta;
  }
  return sum;
}

/**
 * Balances of every program found in the entries.
 * @example balancesByProgram(entries) // { card: 7, points: 120 }
 */
export function balancesByProgram(entries: readonly LedgerEntry[]): Record<string, number> {
  const balances: Record<string, number> = {};
  for (const entry of entries) {
    balances[entry.programId] = (balances[entry.programId] ?? 0) + entry.delta;
  }
  return balances;
}

/** The entries of one program, in their original order. */
export function entriesOf(entries: readonly LedgerEntry[], programId: string): LedgerEntry[] {
  return entries.filter((entry) => entry.programId === programId);
}
