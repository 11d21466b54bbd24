/**
 * A shop's bonuses (docs/loyalty-rules.md, "Bonuses"): each is off when absent. Amounts are in
 * the chosen program's unit (points or stamps).
 */
export interface BonusSettings {
  readonly welcome: WelcomeBonus | null;
  readonly birthday: BirthdayBonus | null;
  readonly referral: ReferralBonus | null;
}

/** Given at sign-up (counter, API, public page); never to imported customers. */
export interface WelcomeBonus {
  readonly programId: string;
  /** Points or stamps on joining; 0 gives none. */
  readonly amount: number;
  /** Launch plan (seed 001): `extraPercent` % more on each purchase of the first `days` days. */
  readonly firstDays: { readonly days: number; readonly extraPercent: number } | null;
  /** A % off the customer's first purchase, applied by the till's quote; null for none. */
  readonly firstPurchasePercentOff: number | null;
}

/** A voucher for `rewardId` valid `windowDays` before to `windowDays` after the birthday. */
export interface BirthdayBonus {
  readonly programId: string;
  readonly rewardId: string;
  readonly windowDays: number;
}

/** Both customers earn once the referred one's first purchase reaches the program's minimum. */
export interface ReferralBonus {
  readonly programId: string;
  readonly referrerAmount: number;
  readonly refereeAmount: number;
}

export const NO_BONUSES: BonusSettings = { welcome: null, birthday: null, referral: null };

const DAY_MS = 86_400_000;

/**
 * The extra points or stamps a purchase earns in the first days after joining (the launch
 * plan), rounded down: nothing after those days, nothing on nothing earned.
 * @example firstDaysExtra({ days: 7, extraPercent: 100 }, 12, joined, joinedPlus2Days) // 12
 */
export function firstDaysExtra(
  firstDays: WelcomeBonus['firstDays'],
  earned: number,
  memberSince: Date,
  at: Date,
): number {
  if (!firstDays || earned <= 0) return 0;
  if (at.getTime() >= memberSince.getTime() + firstDays.days * DAY_MS) return 0;
  return Math.floor((earned * firstDays.extraPercent) / 100);
}
