/** A text shown to people, in the two languages the product ships with. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

/**
 * How a stamp card hands out stamps.
 * - `visit`: one stamp per qualifying purchase, whatever its size.
 * - `item`: one stamp per unit (quantity) of the items of one category, e.g. each `coupe` or
 *   each billed hour.
 * - `spend`: one stamp per full `centsPerStamp` spent: floor(amountCents / centsPerStamp).
 */
export type StampRule =
  | { readonly per: 'visit' }
  | { readonly per: 'item'; readonly category: string }
  | { readonly per: 'spend'; readonly centsPerStamp: number };

/** Points rounding: `floor` never gives a fraction away; `nearest` rounds half up. */
export type PointsRounding = 'floor' | 'nearest';

/** Points (or stamps) lapse after this many months without activity (an earn or a redeem). */
export interface ExpiryPolicy {
  readonly monthsWithoutActivity: number;
  /** The customer is told this many days before the points lapse. */
  readonly noticeDays: number;
}

interface ProgramBase {
  readonly id: string;
  /**
   * Bumped by the server on every rule change. Entries record the version that produced them,
   * so a change never rewrites the past: refunds read what the entry says was earned.
   */
  readonly version: number;
  readonly name: LocalizedText;
  /** Purchases below this amount earn nothing (`below_minimum_purchase`). */
  readonly minimumPurchaseCents?: number | undefined;
  readonly expiry?: ExpiryPolicy | undefined;
  /** Vouchers issued by this program expire after this many days; absent = never. */
  readonly voucherValidityDays?: number | undefined;
}

/**
 * A stamp card: `stampsPerCard` stamps unlock the card's reward as a voucher. Stamps beyond a
 * full card roll over onto the next card.
 */
export interface StampCardProgram extends ProgramBase {
  readonly kind: 'stamps';
  readonly rule: StampRule;
  /** Paid, qualifying stamps needed for one reward ("achetez 9, le 10e offert" → 9). */
  readonly stampsPerCard: number;
  readonly rewardId: string;
}

/** Points per euro spent, burnt on a catalog of rewards. */
export interface PointsProgram extends ProgramBase {
  readonly kind: 'points';
  /** Whole points per euro; points = round(amountCents × pointsPerEuro / 100). */
  readonly pointsPerEuro: number;
  readonly rounding: PointsRounding;
  /** When set, only items of these categories count towards points. */
  readonly eligibleCategories?: readonly string[] | undefined;
  /**
   * When set, points convert into money off any purchase at this rate, in any amount:
   * `{ points: 100, cents: 100 }` is "100 points = 1 €".
   */
  readonly pointsAsMoney?: PointsAsMoneyRate | undefined;
  /** Extra points on some occasions (quiet hours, a category, a date range); see earn/multipliers.ts. */
  readonly multipliers?: readonly PointsMultiplier[] | undefined;
}

/**
 * Points × `percent` / 100 (200 = double points) when the condition holds:
 * - `quiet_hours`: on these weekdays (1 = Monday … 7 = Sunday), from `from` (included) to `to`
 *   (excluded), 'HH:MM' on the shop's clock;
 * - `category`: for the purchase's item lines of this category;
 * - `dates`: from `startsOn` to `endsOn`, both included, shop-local days 'YYYY-MM-DD'.
 */
export interface PointsMultiplier {
  readonly percent: number;
  readonly when:
    | {
        readonly kind: 'quiet_hours';
        readonly weekdays: readonly number[];
        readonly from: string;
        readonly to: string;
      }
    | { readonly kind: 'category'; readonly category: string }
    | { readonly kind: 'dates'; readonly startsOn: string; readonly endsOn: string };
}

/** How many points make how many cents off ("100 points = 1 €" is `{ points: 100, cents: 100 }`). */
export interface PointsAsMoneyRate {
  readonly points: number;
  readonly cents: number;
}

export type Program = StampCardProgram | PointsProgram;

/** What balances of a program are counted in. */
export type Unit = 'stamps' | 'points';

/** The unit a program counts in. @example unitOf(stampCard) // 'stamps' */
export function unitOf(program: Program): Unit {
  return program.kind === 'stamps' ? 'stamps' : 'points';
}
