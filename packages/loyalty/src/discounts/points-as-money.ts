import { expireDueFrom } from '../expiry/expire-due.ts';
import { balanceOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import type { Standing } from '../ledger/standing.ts';
import { isPositiveWholeNumber } from '../ledger/whole-numbers.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { PointsAsMoneyRate, Program } from '../model/program.ts';
import { ok, type Result, reject } from '../result/result.ts';

/**
 * Cents off for a number of points at a rate, rounded down (a fraction of a cent is never
 * given away): 250 points at 100 points = 1 € → 250 cents; 150 points at 1 000 = 1 € → 15.
 * @example centsForPoints({ points: 100, cents: 100 }, 250) // 250
 */
export function centsForPoints(rate: PointsAsMoneyRate, points: number): number {
  return Math.floor((points * rate.cents) / rate.points);
}

/**
 * Converts exactly `points` points into money off the customer's purchase: a `redeem` entry of
 * −points whose cause carries the amount. Any number up to the balance (after lapsed points
 * are expired), as long as it is worth at least a cent. Rejections: `program_kind_mismatch`
 * (a stamp card), `points_not_convertible` (no rate set), `invalid_amount` (not a whole
 * positive number, or worth less than a cent: `detail.minimumPoints`), `insufficient_balance`.
 * @example convertPointsToMoney({ program, standing: { balance: 320, … }, points: 250, conversionId: 'c1', now })
 * // { ok: true, value: { amountCents: 250, entries: [redeem −250] } }
 */
export function convertPointsToMoney(input: {
  readonly program: Program;
  readonly standing: Standing;
  readonly points: number;
  readonly conversionId: string;
  readonly now: Date;
}): Result<{ amountCents: number; entries: LedgerEntry[] }> {
  const { program, points, now } = input;
  if (program.kind !== 'points') return reject('program_kind_mismatch', { programId: program.id });
  const rate = program.pointsAsMoney;
  if (rate === undefined) return reject('points_not_convertible', { programId: program.id });
  if (!isPositiveWholeNumber(points)) return reject('invalid_amount', { field: 'points' });
  const amountCents = centsForPoints(rate, points);
  if (amountCents === 0) {
    return reject('invalid_amount', {
      field: 'points',
      minimumPoints: Math.ceil(rate.points / rate.cents),
    });
  }
  const entries = expireDueFrom(program, input.standing, now);
  const balance = input.standing.balance + balanceOf(entries);
  if (balance < points) return reject('insufficient_balance', { balance, cost: points });
  entries.push(
    newEntry(program, 'redeem', -points, now, {
      type: 'points_discount',
      conversionId: input.conversionId,
      amountCents,
    }),
  );
  return ok({ amountCents, entries });
}
