import { newEntry } from '../ledger/new-entry.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { VoucherEvent, VoucherGrant } from '../model/voucher.ts';

/**
 * Voids vouchers, in the given order, until the balance covers what a refund must take back.
 * Each voided voucher gives its cost back to the balance (a `reverse` entry), so the refund can
 * then take its share from it; any surplus stays with the customer.
 * @example
 * // balance 2, need 3, one 10-stamp voucher → voided; balance 12
 * voidVouchersForShortfall({ program, candidates: [v], balance: 2, need: 3, refundId: 'rf', now })
 */
export function voidVouchersForShortfall(input: {
  readonly program: Program;
  readonly candidates: readonly VoucherGrant[];
  readonly balance: number;
  readonly need: number;
  readonly refundId: string;
  readonly now: Date;
}): { entries: LedgerEntry[]; events: VoucherEvent[]; balance: number } {
  const { program, refundId, now, need } = input;
  const entries: LedgerEntry[] = [];
  const events: VoucherEvent[] = [];
  let balance = input.balance;
  for (const voucher of input.candidates) {
    if (balance >= need) break;
    events.push({ kind: 'voided', voucherId: voucher.id, at: now, refundId });
    entries.push(
      newEntry(program, 'reverse', voucher.cost, now, {
        type: 'voucher_voided',
        voucherId: voucher.id,
        refundId,
      }),
    );
    balance += voucher.cost;
  }
  return { entries, events, balance };
}
