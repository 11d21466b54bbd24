import { newEntry } from '../ledger/new-entry.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { StampCardProgram } from '../model/program.ts';
import type { VoucherGrant, VoucherSource } from '../model/voucher.ts';
import { voucherExpiry } from '../voucher/voucher-expiry.ts';

/** Entries and vouchers produced when stamps fill one or more cards. */
export interface CardCompletion {
  readonly entries: LedgerEntry[];
  readonly vouchers: VoucherGrant[];
}

/**
 * Turns every full card in `balance` into a voucher and rolls the extra stamps over: each full
 * card is a `redeem` entry of −stampsPerCard (cause `card_completed`) plus a voucher grant.
 * 9 stamps + 3 on a 10-stamp card → balance 12 → one voucher, 2 stamps left.
 * `idBase` makes voucher ids deterministic, e.g. `purchase:p1` → `card:purchase:p1:1`.
 * @example completeFullCards(card10, 12, now, 'purchase:p1', { type: 'card_completed', purchaseId: 'p1' })
 */
export function completeFullCards(
  program: StampCardProgram,
  balance: number,
  now: Date,
  idBase: string,
  source: VoucherSource,
): CardCompletion {
  const fullCards = Math.floor(balance / program.stampsPerCard);
  const entries: LedgerEntry[] = [];
  const vouchers: VoucherGrant[] = [];
  for (let card = 1; card <= fullCards; card++) {
    const voucherId = `${program.id}:${idBase}:${card}`;
    entries.push(
      newEntry(program, 'redeem', -program.stampsPerCard, now, {
        type: 'card_completed',
        voucherId,
      }),
    );
    vouchers.push({
      id: voucherId,
      programId: program.id,
      rewardId: program.rewardId,
      cost: program.stampsPerCard,
      unit: 'stamps',
      issuedAt: now,
      expiresAt: voucherExpiry(program, now),
      source,
    });
  }
  return { entries, vouchers };
}
