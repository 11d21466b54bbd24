import type { Unit } from './program.ts';

/** Where a voucher came from. */
export type VoucherSource =
  | { readonly type: 'card_completed'; readonly purchaseId?: string | undefined }
  | { readonly type: 'card_completed_by_adjustment'; readonly adjustmentId: string }
  | { readonly type: 'redemption'; readonly redemptionId: string }
  /** The shop's birthday gift of that year (one per customer and year: its id says the year). */
  | { readonly type: 'birthday'; readonly year: number; readonly date: string };

/**
 * A voucher the rules decided to issue. It has no code yet: the caller draws one with secure
 * randomness (see `formatVoucherCode`) and stores `{ ...grant, code }`. The `id` is derived
 * from the cause, so replaying the same operation yields the same id (idempotent inserts).
 */
export interface VoucherGrant {
  readonly id: string;
  readonly programId: string;
  readonly rewardId: string;
  /** What the voucher cost in the program's unit; restored if a refund voids it. */
  readonly cost: number;
  readonly unit: Unit;
  readonly issuedAt: Date;
  readonly expiresAt: Date | null;
  readonly source: VoucherSource;
}

/** A stored voucher: a grant plus the short code the customer shows. Usable once. */
export interface Voucher extends VoucherGrant {
  readonly code: string;
}

/**
 * What happened to a voucher after it was issued. A voucher is never mutated: "used" and
 * "voided" are appended facts.
 */
export type VoucherEvent =
  | {
      readonly kind: 'used';
      readonly voucherId: string;
      readonly at: Date;
      readonly redemptionId: string;
    }
  | {
      readonly kind: 'voided';
      readonly voucherId: string;
      readonly at: Date;
      readonly refundId: string;
    };

/** A voucher's state, derived from its events and the clock. */
export type VoucherStatus = 'available' | 'used' | 'voided' | 'expired';
