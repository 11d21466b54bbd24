import type { Preset } from '../programs/model.ts';

/**
 * The seeds' card that fits a trade: the bakery's "Achetez 9, le 10e offert", the salon's
 * "Soin offert toutes les 5 coupes", the car wash's "4 lavages, le 5e offert", the
 * consultant's "1 h offerte toutes les 10 h facturées", and "5 achats = 1 offert" otherwise.
 */
const BY_KIND: Record<string, string> = {
  cafe: 'buy-9-get-10th-free',
  bakery: 'buy-9-get-10th-free',
  salon: 'salon-care-every-5-cuts',
  car_wash: 'car-wash-5th-free',
  b2b: 'consultant-hour-every-10',
  shop: 'buy-5-get-1-free',
  artisan: 'buy-5-get-1-free',
  other: 'buy-5-get-1-free',
};

/** Cards that suit any trade: offered right after the trade's own card. */
const ANY_TRADE = ['buy-5-get-1-free', 'buy-9-get-10th-free'];

export function suggestedPresetId(
  kind: string | null | undefined,
  presets: Preset[],
): string | undefined {
  const wanted = BY_KIND[kind ?? 'other'] ?? 'buy-5-get-1-free';
  return presets.find((p) => p.id === wanted)?.id ?? presets[0]?.id;
}

/**
 * The presets in the order a trade wants to read them: its own card, then the cards any shop
 * can use, then the other trades' cards (a baker is not offered the haircut card first).
 * @example orderedPresets('bakery', presets).map((p) => p.id)
 *   // ['buy-9-get-10th-free', 'buy-5-get-1-free', 'salon-care-every-5-cuts', …]
 */
export function orderedPresets(kind: string | null | undefined, presets: Preset[]): Preset[] {
  const first = [suggestedPresetId(kind, presets), ...ANY_TRADE];
  const rank = (p: Preset, index: number) => {
    const at = first.indexOf(p.id);
    return at >= 0 ? at : first.length + index;
  };
  return presets
    .map((preset, index) => ({ preset, rank: rank(preset, index) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ preset }) => preset);
}

/** Typical figures of a preset's reward, in cents: a start the owner adjusts, never empty. */
export type StarterFigures = {
  costPriceCents: number;
  retailValueCents: number;
  /** The average basket (per-visit cards) or the price of the counted item (per-item cards). */
  spendCents: number;
};

/**
 * What the reward of each preset typically costs in a French shop, and what a customer
 * typically spends per visit or per counted item: the bakery's pastry at 0,40 € cost for a
 * 1,30 € price in a 4,50 € basket, a salon's treatment, a wash, a consulting hour.
 */
const STARTER_FIGURES: Record<string, StarterFigures> = {
  'buy-9-get-10th-free': { costPriceCents: 40, retailValueCents: 130, spendCents: 450 },
  'buy-5-get-1-free': { costPriceCents: 300, retailValueCents: 800, spendCents: 1500 },
  'salon-care-every-5-cuts': { costPriceCents: 400, retailValueCents: 1500, spendCents: 3500 },
  'car-wash-5th-free': { costPriceCents: 300, retailValueCents: 1200, spendCents: 1200 },
  'consultant-hour-every-10': { costPriceCents: 4500, retailValueCents: 9000, spendCents: 9000 },
};

/** The starter figures of a preset; a preset added later gets the generic shop's. */
export function starterFigures(presetId: string): StarterFigures {
  return (STARTER_FIGURES[presetId] ?? STARTER_FIGURES['buy-5-get-1-free']) as StarterFigures;
}
