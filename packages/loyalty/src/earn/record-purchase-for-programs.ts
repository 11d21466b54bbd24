import { EMPTY_STANDING, type Standing } from '../ledger/standing.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { Purchase } from '../model/purchase.ts';
import type { VoucherGrant } from '../model/voucher.ts';
import type { Rejection } from '../result/result.ts';
import type { EarnOccasion } from './multipliers.ts';
import { earnOnStanding, recordPurchase } from './record-purchase.ts';

/** A purchase seen by every program of the merchant the customer holds a card in. */
export interface MultiProgramOutcome {
  /** Everything to append, across programs. */
  readonly entries: LedgerEntry[];
  readonly vouchers: VoucherGrant[];
  /** What each program earned (0 when it rejected). */
  readonly earnedByProgram: Readonly<Record<string, number>>;
  /** Why some programs earned nothing, e.g. below their own minimum purchase. */
  readonly rejections: ReadonlyArray<{ readonly programId: string; readonly rejection: Rejection }>;
}

/**
 * Runs one purchase through several cards at once (a café with a coffee card and a points
 * program). A rejection by one program does not stop the others: a 3 € purchase can earn
 * points while being below the stamp card's 5 € minimum.
 * @example recordPurchaseForPrograms({ programs: [card, points], purchase, entries, now })
 */
export function recordPurchaseForPrograms(
  input: {
    readonly programs: readonly Program[];
    readonly purchase: Purchase;
    readonly now: Date;
    /** The customer's tier multiplier for points (150 = ×1,5); absent = ×1. */
    readonly pointsMultiplierPercent?: number | undefined;
    /** When and where (time zone) it happened, for hour and date multipliers. */
    readonly occasion?: EarnOccasion | undefined;
  } & (
    | { readonly entries: readonly LedgerEntry[] }
    /** Each program's standing (its ledger summed), by program id; for a new purchase. */
    | { readonly standings: Readonly<Record<string, Standing>> }
  ),
): MultiProgramOutcome {
  const entries: LedgerEntry[] = [];
  const vouchers: VoucherGrant[] = [];
  const earnedByProgram: Record<string, number> = {};
  const rejections: Array<{ programId: string; rejection: Rejection }> = [];
  for (const program of input.programs) {
    const result =
      'standings' in input
        ? earnOnStanding({
            ...input,
            program,
            standing: input.standings[program.id] ?? EMPTY_STANDING,
          })
        : recordPurchase({ ...input, program });
    if (result.ok) {
      entries.push(...result.value.entries);
      vouchers.push(...result.value.vouchers);
      earnedByProgram[program.id] = result.value.earned;
    } else {
      earnedByProgram[program.id] = 0;
      rejections.push({ programId: program.id, rejection: result });
    }
  }
  return { entries, vouchers, earnedByProgram, rejections };
}
