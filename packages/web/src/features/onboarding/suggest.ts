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

export function suggestedPresetId(
  kind: string | null | undefined,
  presets: Preset[],
): string | undefined {
  const wanted = BY_KIND[kind ?? 'other'] ?? 'buy-5-get-1-free';
  return presets.find((p) => p.id === wanted)?.id ?? presets[0]?.id;
}
