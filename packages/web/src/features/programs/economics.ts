/**
 * The reward economics preview, computed in the browser while the owner types. Display only:
 * the same formulas as the loyalty rules (docs/loyalty-rules.md, "Reward economics"), and the
 * server's own numbers are shown once the program is saved.
 */
export type Band = 'below' | 'within' | 'above';

export type EconomicsPreview =
  | { ok: true; spendNeededCents: number; costRatioPercent: number; band: Band }
  | { ok: false; needs: 'averageBasketCents' | 'averageItemPriceCents' | 'rules' | 'costPrice' };

export type SpendInput =
  | {
      kind: 'stamps';
      per: 'visit';
      stampsPerCard: number | null;
      averageBasketCents: number | null;
      minimumPurchaseCents: number | null;
    }
  | {
      kind: 'stamps';
      per: 'item';
      stampsPerCard: number | null;
      averageItemPriceCents: number | null;
    }
  | { kind: 'stamps'; per: 'spend'; stampsPerCard: number | null; centsPerStamp: number | null }
  | { kind: 'points'; pointsPerEuro: number | null; cost: number | null };

/** What a customer spends to earn the reward, in cents (null when the owner has not said yet). */
export function spendNeeded(input: SpendInput): EconomicsPreview | number {
  if (input.kind === 'points') {
    if (!input.pointsPerEuro || !input.cost) return { ok: false, needs: 'rules' };
    return Math.ceil((input.cost * 100) / input.pointsPerEuro);
  }
  const cards = input.stampsPerCard;
  if (!cards) return { ok: false, needs: 'rules' };
  switch (input.per) {
    case 'spend':
      return input.centsPerStamp ? cards * input.centsPerStamp : { ok: false, needs: 'rules' };
    case 'item':
      return input.averageItemPriceCents
        ? cards * input.averageItemPriceCents
        : { ok: false, needs: 'averageItemPriceCents' };
    case 'visit': {
      const basket = Math.max(input.averageBasketCents ?? 0, input.minimumPurchaseCents ?? 0);
      return basket > 0 ? cards * basket : { ok: false, needs: 'averageBasketCents' };
    }
  }
}

/** Cost ratio and its band against the 1–5 % guideline, decided on integers like the server. */
export function previewEconomics(
  input: SpendInput,
  costPriceCents: number | null,
): EconomicsPreview {
  const spend = spendNeeded(input);
  if (typeof spend !== 'number') return spend;
  if (costPriceCents === null) return { ok: false, needs: 'costPrice' };
  const scaled = costPriceCents * 100;
  const band: Band = scaled < spend ? 'below' : scaled > spend * 5 ? 'above' : 'within';
  return {
    ok: true,
    spendNeededCents: spend,
    costRatioPercent: Math.round((costPriceCents * 10_000) / spend) / 100,
    band,
  };
}
