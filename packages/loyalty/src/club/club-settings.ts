/** How often the club's fee is paid: each payment buys one such period. */
export type ClubPeriod = 'monthly' | 'yearly';

/**
 * A shop's paid club (seed 001's "club VIP rémunéré"): a fee per month or per year, a discount
 * on every purchase while the membership runs, and perks in words shown on the card.
 */
export interface ClubSettings {
  readonly name: string;
  readonly period: ClubPeriod;
  /** The fee for one period, in cents. */
  readonly feeCents: number;
  /** The member discount, whole percent off every purchase while the membership runs. */
  readonly discountPercent: number;
  /** Perks in words ("Invitations aux soirées dédicaces"), shown on the card. */
  readonly perks: readonly string[];
  /** Days after the renewal date during which an unpaid member keeps the club's benefits. */
  readonly graceDays: number;
  /** Days before the renewal date the member is reminded to renew. */
  readonly reminderDays: number;
}

/** The limits the API's schemas and the web form share (one definition). */
export const CLUB_LIMITS = {
  nameMaxLength: 60,
  feeCentsMax: 100_000,
  discountPercentMax: 50,
  perksMax: 8,
  perkMaxLength: 120,
  graceDaysMax: 60,
  reminderDaysMax: 60,
} as const;

/** Months one payment buys. */
export const monthsOf = (period: ClubPeriod): number => (period === 'monthly' ? 1 : 12);
