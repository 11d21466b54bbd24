/**
 * What part of each purchase the shop gives to its cause (seed 001: "vous reversez une partie de
 * leur achat à une cause"): a percentage of the amount paid, in basis points (250 = 2,5 %), or a
 * fixed amount per visit (never more than the purchase itself).
 */
export type CauseShareRule =
  | { readonly kind: 'percent'; readonly basisPoints: number }
  | { readonly kind: 'per_visit'; readonly cents: number };

export const CAUSE_LIMITS = {
  basisPointsMax: 5_000,
  perVisitCentsMax: 10_000,
  nameMaxLength: 80,
  descriptionMaxLength: 280,
  causesMax: 5,
} as const;

/**
 * The share of a purchase of `amountCents` (rounded half up to the cent).
 * @example causeShareCents({ kind: 'percent', basisPoints: 200 }, 1_250) // 25
 * @example causeShareCents({ kind: 'per_visit', cents: 50 }, 30) // 30
 */
export function causeShareCents(rule: CauseShareRule, amountCents: number): number {
  if (amountCents <= 0) return 0;
  switch (rule.kind) {
    case 'percent':
      return Math.floor((amountCents * rule.basisPoints + 5_000) / 10_000);
    case 'per_visit':
      return Math.min(rule.cents, amountCents);
  }
}

/**
 * What a refund takes back of a purchase's share: the share in proportion to what has been
 * refunded so far, less what earlier refunds already took back. Computed on the running total,
 * so partial refunds that add up to the whole purchase take back exactly the whole share.
 * @example causeShareTakenBack({ shareCents: 25, purchaseCents: 1_250, refundedBeforeCents: 0, refundCents: 625 }) // 13
 */
export function causeShareTakenBack(input: {
  readonly shareCents: number;
  readonly purchaseCents: number;
  readonly refundedBeforeCents: number;
  readonly refundCents: number;
}): number {
  const { shareCents, purchaseCents, refundedBeforeCents, refundCents } = input;
  if (shareCents <= 0 || purchaseCents <= 0) return 0;
  const owedBack = (refunded: number) =>
    Math.floor(
      (shareCents * Math.min(refunded, purchaseCents) * 2 + purchaseCents) / (2 * purchaseCents),
    );
  return owedBack(refundedBeforeCents + refundCents) - owedBack(refundedBeforeCents);
}
