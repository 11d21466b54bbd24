import { isWholeNumber } from '../ledger/whole-numbers.ts';
import { ok, type Result, reject } from '../result/result.ts';
import { applicableOffers } from './applicable-offers.ts';
import type {
  AppliedDiscount,
  DiscountOffer,
  DiscountStanding,
  PercentOff,
  Quote,
} from './offer.ts';
import { stackingRank } from './stacking-order.ts';

/**
 * What the customer pays, and why: the offers that apply, stacked by the one rule of
 * `STACKING_ORDER` (percentages one after another on what is left, then fixed amounts capped at
 * what is left). A percentage takes off `round(left × percent / 100)`, a half cent going to the
 * customer. The amount due is never below 0 nor above the amount; the discounts and the amount
 * due add up to the amount exactly.
 * @example quoteDiscounts({ amountCents: 10_000, standing, offers: [{ kind: 'tier', label: 'Or', percent: 10 }] })
 * // { ok: true, value: { discounts: [{ kind: 'tier', label: 'Or', percent: 10, amountCents: 1000 }], amountDueCents: 9000, notApplied: [] } }
 */
export function quoteDiscounts(input: {
  readonly amountCents: number;
  readonly standing: DiscountStanding;
  readonly offers: readonly DiscountOffer[];
}): Result<Quote> {
  if (!isWholeNumber(input.amountCents)) return reject('invalid_amount', { field: 'amountCents' });
  const invalid = input.offers.find((o) => !validOffer(o));
  if (invalid) return reject('invalid_amount', { field: 'offers', kind: invalid.kind });
  const { apply, notApplied } = applicableOffers(input.offers, input.standing, input.amountCents);
  const ordered = [...apply].sort(byStackingOrder);
  let left = input.amountCents;
  const discounts: AppliedDiscount[] = [];
  for (const offer of ordered) {
    const off = isPercent(offer)
      ? Math.floor((left * offer.percent + 50) / 100)
      : Math.min(offer.amountCents, left);
    left -= off;
    discounts.push({
      kind: offer.kind,
      label: offer.label,
      ...(isPercent(offer) ? { percent: offer.percent } : {}),
      amountCents: off,
    });
  }
  return ok({ discounts, amountDueCents: left, notApplied });
}

function isPercent(offer: DiscountOffer): offer is DiscountOffer & PercentOff {
  return 'percent' in offer;
}

function validOffer(offer: DiscountOffer): boolean {
  if (isPercent(offer)) return isWholeNumber(offer.percent) && offer.percent <= 100;
  return isWholeNumber(offer.amountCents);
}

/**
 * Kind first; within a kind, percentages before amounts, larger first, then by label, so the
 * order the offers arrive in never changes the result.
 */
function byStackingOrder(a: DiscountOffer, b: DiscountOffer): number {
  const rank = stackingRank(a.kind) - stackingRank(b.kind);
  if (rank !== 0) return rank;
  const pa = isPercent(a);
  const pb = isPercent(b);
  if (pa !== pb) return pa ? -1 : 1;
  const size = pa
    ? (b as PercentOff).percent - (a as PercentOff).percent
    : amountOf(b) - amountOf(a);
  if (size !== 0) return size;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

function amountOf(offer: DiscountOffer): number {
  return 'amountCents' in offer ? offer.amountCents : 0;
}
