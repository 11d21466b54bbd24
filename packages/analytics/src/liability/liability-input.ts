/** One month's movements of a program's balances, in its unit (stamps or points). */
export interface MonthFlow {
  /** `YYYY-MM` in the shop's time zone. */
  readonly month: string;
  readonly earned: number;
  /** Units spent on rewards (points redeemed, stamps turned into a card's voucher). */
  readonly redeemed: number;
  readonly expired: number;
  /** Everything else that moves a balance: refunds, staff adjustments, opening balances. */
  readonly other: number;
  /** What the purchases that earned these units were paid, in cents. */
  readonly salesCents: number;
}

/** A voucher as the report needs it: what it costs, what it is worth, and how it ended. */
export interface VoucherTrace {
  readonly issuedAt: Date;
  readonly expiresAt: Date | null;
  /** When it was used or voided, and which; null while neither. */
  readonly closedAt: Date | null;
  readonly closedAs: 'used' | 'voided' | null;
  readonly costPriceCents: number;
  readonly retailValueCents: number;
}

/** One program: what a unit is worth, and its history. */
export interface ProgramHistory {
  readonly programId: string;
  readonly unit: 'stamps' | 'points';
  /** Cost price of what one unit buys (a card's reward / stamps per card, or per point). */
  readonly unitCostCents: number;
  /** Stand-alone selling price of what one unit buys (retail value, same division). */
  readonly unitRetailCents: number;
  /** Every month with a movement, any order. */
  readonly flows: readonly MonthFlow[];
  readonly vouchers: readonly VoucherTrace[];
}
