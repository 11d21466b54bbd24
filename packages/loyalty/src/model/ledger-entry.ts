import type { AdjustmentReasonCode } from '../adjust/adjustment-limit.ts';
import type { Unit } from './program.ts';

/** What a ledger entry does to a balance. */
export type EntryKind = 'earn' | 'redeem' | 'expire' | 'adjust' | 'reverse';

/**
 * Why an entry exists. Every entry points back at the fact that caused it, so a balance can be
 * explained line by line at the counter.
 */
export type EntryCause =
  /** earn: a purchase; `amountCents` is kept so a later partial refund can be proportional. */
  | { readonly type: 'purchase'; readonly purchaseId: string; readonly amountCents: number }
  /** earn: a bonus (welcome, extra points of the first days…), once per `bonusId`. */
  | { readonly type: 'bonus'; readonly bonusId: string; readonly label: string }
  /**
   * earn: a referral's reward once the referred customer's first purchase qualified, to the
   * `referrer` or the `referee`; reverse: the same taken back (`refundId`) when that purchase is
   * refunded below the program's minimum.
   */
  | {
      readonly type: 'referral';
      readonly referralId: string;
      readonly role: 'referrer' | 'referee';
      readonly purchaseId: string;
      readonly refundId?: string | undefined;
    }
  /** redeem: a full stamp card became a voucher. */
  | { readonly type: 'card_completed'; readonly voucherId: string }
  /** redeem: points were spent on a catalog reward. */
  | {
      readonly type: 'redemption';
      readonly redemptionId: string;
      readonly rewardId: string;
      readonly voucherId: string;
    }
  /**
   * redeem: points converted into money off the customer's purchase (`amountCents`), at the
   * program's rate (`pointsAsMoney`).
   */
  | {
      readonly type: 'points_discount';
      readonly conversionId: string;
      readonly amountCents: number;
    }
  /**
   * reverse: a refund gave back points that had been converted into money off the refunded
   * purchase — in proportion to what was refunded, all of them once it is refunded in full.
   */
  | {
      readonly type: 'points_discount_returned';
      readonly purchaseId: string;
      readonly refundId: string;
    }
  /** expire: nothing happened for too long. */
  | { readonly type: 'inactivity'; readonly lastActivityAt: Date }
  /**
   * adjust: someone corrected the balance by hand. Codes only: the free text that may go with
   * it is personal data and is kept outside the append-only ledger, where it can be erased.
   */
  | {
      readonly type: 'staff_adjustment';
      readonly adjustmentId: string;
      readonly staffId: string;
      /** The adjusting principal's role, for the daily limit (absent on older entries). */
      readonly role?: string | undefined;
      readonly reasonCode: AdjustmentReasonCode;
    }
  /**
   * reverse: a (partial) refund took back what a purchase earned. `refundedCents` is this
   * refund's amount; `shortfall` is what could not be taken back because it was already spent
   * (a clawback owed, never a negative balance).
   */
  | {
      readonly type: 'refund';
      readonly purchaseId: string;
      readonly refundId: string;
      readonly refundedCents: number;
      readonly shortfall: number;
    }
  /** reverse: an unused voucher was voided by a refund, so its cost goes back on the balance. */
  | { readonly type: 'voucher_voided'; readonly voucherId: string; readonly refundId: string }
  /** adjust: the balance the customer had in the shop's previous system, carried over by an import. */
  | { readonly type: 'import'; readonly importId: string }
  /**
   * adjust: a duplicate customer was merged into another. The duplicate's balance leaves it
   * (`direction: 'out'`, on the duplicate's ledger) and arrives on the survivor's (`'in'`):
   * both histories stay as they were, and the balances add. A merge is not the customer's
   * activity: the `'in'` entry carries the duplicate's last activity in the program
   * (`lastActivityAt`), so the balance arrives with the age it had (see `activityAt`).
   */
  | {
      readonly type: 'merge';
      readonly mergeId: string;
      readonly direction: 'out' | 'in';
      readonly duplicateId: string;
      readonly survivorId: string;
      /** `'in'`: when the duplicate last did something in this program (null: never). */
      readonly lastActivityAt?: Date | null | undefined;
    };

/**
 * One line of a customer's ledger for one program. Entries are only ever appended; a balance
 * is the sum of `delta`. Stored entries may carry more fields (id, customer…); they are ignored.
 */
export interface LedgerEntry {
  readonly programId: string;
  /** Version of the program rules that produced this entry. */
  readonly programVersion: number;
  readonly kind: EntryKind;
  readonly unit: Unit;
  /** Signed whole stamps or points. */
  readonly delta: number;
  readonly at: Date;
  readonly cause: EntryCause;
}
