import type { LocalizedText, StampRule } from '../model/program.ts';

/** A ready-made stamp card an owner can start from in one tap. */
export interface StampCardPreset {
  readonly id: string;
  readonly name: LocalizedText;
  readonly rule: StampRule;
  /** Paid, qualifying stamps that unlock the reward. */
  readonly stampsPerCard: number;
  /**
   * Boxes printed on the card. "Achetez 9, le 10e offert" shows 10 boxes but unlocks after 9
   * stamps: the 10th box is the free one. Shown, never counted.
   */
  readonly cardBoxes: number;
  readonly suggestedReward: LocalizedText;
  /**
   * Below this, a purchase earns no stamp: without it "0,01 €" would earn a full stamp (and a
   * cashier could ring up cents to fill a friend's card). 1 € suits every preset's trade.
   */
  readonly minimumPurchaseCents: number;
  /** The seed article the preset comes from. */
  readonly source: string;
}

/** 1 €: less is a mistyped amount or a gift of stamps, not a purchase. */
export const DEFAULT_MINIMUM_PURCHASE_CENTS = 100;

/**
 * The stamp cards of the seed articles, as data. `stampsPerCard` is always what the name
 * promises the customer: a card that asked for a 10th paid purchase before "le 10e offert"
 * would break the merchant's own promise.
 */
export const stampCardPresets: readonly StampCardPreset[] = [
  {
    id: 'buy-5-get-1-free',
    name: { fr: '5 achats = 1 offert', en: 'Buy 5, get 1 free' },
    rule: { per: 'visit' },
    stampsPerCard: 5,
    cardBoxes: 6,
    suggestedReward: { fr: '1 article offert', en: '1 free item' },
    minimumPurchaseCents: DEFAULT_MINIMUM_PURCHASE_CENTS,
    source: 'seed 000',
  },
  {
    id: 'buy-9-get-10th-free',
    name: { fr: 'Achetez 9, le 10e offert', en: 'Buy 9, get the 10th free' },
    rule: { per: 'visit' },
    stampsPerCard: 9,
    cardBoxes: 10,
    suggestedReward: { fr: 'Le 10e offert', en: 'The 10th one free' },
    minimumPurchaseCents: DEFAULT_MINIMUM_PURCHASE_CENTS,
    source: 'seed 001',
  },
  {
    id: 'salon-care-every-5-cuts',
    name: { fr: 'Soin offert toutes les 5 coupes', en: 'Free hair treatment every 5 haircuts' },
    rule: { per: 'item', category: 'coupe' },
    stampsPerCard: 5,
    cardBoxes: 5,
    suggestedReward: { fr: 'Soin revitalisant offert', en: 'Free deep-conditioning treatment' },
    minimumPurchaseCents: DEFAULT_MINIMUM_PURCHASE_CENTS,
    source: 'seed 001',
  },
  {
    id: 'car-wash-5th-free',
    name: { fr: '4 lavages, le 5e offert', en: 'Buy 4 washes, get the 5th free' },
    rule: { per: 'item', category: 'lavage' },
    stampsPerCard: 4,
    cardBoxes: 5,
    suggestedReward: { fr: 'Lavage offert', en: 'Free wash' },
    minimumPurchaseCents: DEFAULT_MINIMUM_PURCHASE_CENTS,
    source: 'seed 001',
  },
  {
    id: 'consultant-hour-every-10',
    name: {
      fr: '1 h offerte toutes les 10 h facturées',
      en: '1 free hour for every 10 billed hours',
    },
    rule: { per: 'item', category: 'heure' },
    stampsPerCard: 10,
    cardBoxes: 10,
    suggestedReward: { fr: '1 h de conseil offerte', en: '1 free hour of consulting' },
    minimumPurchaseCents: DEFAULT_MINIMUM_PURCHASE_CENTS,
    source: 'seed 001',
  },
];
