import { randomUUID } from 'node:crypto';
import type { TierLadder } from '@habitue/loyalty';
import type { Tx } from '../db/tenant.ts';
import { insertPromoCode } from '../repositories/promo-codes.ts';
import { saveTierLadder } from '../repositories/tiers.ts';

/**
 * The demo shop's ladder — regulars climb by visits or spend, and the "cercle rapproché" of seed
 * 004 takes in every customer of two years, whatever they spend — and a promo code for the
 * counter, so that a newcomer sees levels, their perks and a discount at work.
 */
export const DEMO_LADDER: TierLadder = {
  windowMonths: 12,
  review: { periodMonths: 12, graceMonths: 3 },
  levels: [
    {
      id: 'voisin',
      name: 'Voisin',
      colour: '#a0522d',
      criteria: {},
      benefits: { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] },
    },
    {
      id: 'habitue',
      name: 'Habitué',
      colour: '#8a8d91',
      criteria: { visits: 24, spendCents: 15_000 },
      benefits: {
        pointsMultiplierPercent: 100,
        discountPercent: 3,
        perks: ['Commande de gâteaux prioritaire'],
      },
    },
    {
      id: 'cercle',
      name: 'Cercle rapproché',
      colour: '#c9a227',
      criteria: { visits: 80, spendCents: 50_000, seniorityMonths: 24 },
      benefits: {
        pointsMultiplierPercent: 100,
        discountPercent: 5,
        perks: ['Invitation à la dégustation de la galette', 'Avant-premières des créations'],
      },
    },
  ],
};

/** The code the demo's posters announce: 10 % off from 15 €, once per customer, this year. */
export const DEMO_PROMO_CODE = 'LILAS10';

export async function seedDemoLadderAndPromo(tx: Tx, merchantId: string, at: Date) {
  await saveTierLadder(tx, merchantId, DEMO_LADDER, at);
  const year = at.getUTCFullYear();
  await insertPromoCode(tx, {
    merchantId,
    id: randomUUID(),
    at,
    code: DEMO_PROMO_CODE,
    percentOff: 10,
    amountOffCents: null,
    minimumPurchaseCents: 1_500,
    startsOn: `${year}-01-01`,
    endsOn: `${year + 1}-12-31`,
    maxUses: null,
    perCustomerLimit: 1,
  });
}
