import type { EntryCause, EntryKind, LedgerEntry } from '../model/ledger-entry.ts';
import { type Program, unitOf } from '../model/program.ts';

/**
 * Builds an entry stamped with the program's id, version and unit, so every entry says which
 * rules produced it.
 * @example newEntry(card, 'earn', 3, now, { type: 'purchase', purchaseId: 'p1', amountCents: 900 })
 */
export function newEntry(
  program: Program,
  kind: EntryKind,
  delta: number,
  at: Date,
  cause: EntryCause,
): LedgerEntry {
  return {
    programId: program.id,
    programVersion: program.version,
    kind,
    unit: unitOf(program),
    delta,
    at,
    cause,
  };
}
