import { describe, expect, it } from 'vitest';
import type { PublicCard } from '../../use-cases/public/get-public-card.ts';
import { passContent } from './pass-content.ts';

const croissant = { fr: 'Croissant offert', en: 'Free croissant' };
const coffee = { fr: 'Café offert', en: 'Free coffee' };

function card(programs: PublicCard['programs']): PublicCard {
  return {
    cardToken: 'tok',
    firstName: 'Léa',
    business: { name: 'Boulangerie Léon', brandColor: null },
    programs,
    tier: null,
    tierLevel: null,
    referral: null,
    club: null,
    cause: null,
    tradeDiscount: null,
  };
}

const points = (balance: number, extra: Partial<PublicCard['programs'][number]> = {}) => ({
  name: { fr: 'Points fidélité', en: 'Loyalty points' },
  kind: 'points' as const,
  balance,
  progress: { current: balance, target: 10, reward: croissant },
  redeemable: [],
  vouchers: [],
  expiresAt: null,
  owed: 0,
  ...extra,
});

describe('pass content', () => {
  it('says a reward is available when the balance buys it, in both languages', () => {
    const content = passContent(
      card([points(12, { redeemable: [{ name: croissant, cost: 10 }] })]),
      'https://x/c/tok',
    );
    expect(content.primary).toEqual([
      { key: 'balance0', label: 'label.points', value: 'value.balance0' },
    ]);
    expect(content.strings.fr['value.balance0']).toBe('12 points');
    expect(content.strings.fr['value.next0']).toBe('Croissant offert : disponible');
    expect(content.strings.en['value.next0']).toBe('Free croissant: available now');
  });

  it('counts in the singular, and puts a second program and the vouchers beside the first', () => {
    const stamps = {
      ...points(9),
      name: { fr: 'Carte café', en: 'Coffee card' },
      kind: 'stamps' as const,
      progress: { current: 9, target: 10, reward: coffee },
      vouchers: [{ code: 'ABCD-EFGH', reward: coffee, expiresAt: null }],
    };
    const content = passContent(card([stamps, points(1)]), 'https://x/c/tok');
    expect(content.strings.fr['value.next0']).toBe('Café offert dans 1 tampon');
    expect(content.strings.en['value.next0']).toBe('Free coffee in 1 more stamp');
    expect(content.strings.fr['value.balance1']).toBe('1 point');
    expect(content.auxiliary.map((f) => f.key)).toEqual(['balance1', 'vouchers']);
    expect(content.strings.fr['value.voucherCodes']).toBe('ABCD-EFGH · Café offert');
    expect(content.back.at(-1)).toEqual({
      key: 'link',
      label: 'label.link',
      value: 'https://x/c/tok',
    });
  });

  it('gives an expiry as a date Wallet writes in the phone’s language and time zone', () => {
    const content = passContent(
      card([points(3, { expiresAt: '2027-06-01T22:00:00.000Z' })]),
      'https://x/c/tok',
    );
    expect(content.back).toContainEqual({
      key: 'expires0',
      label: 'label.expires',
      value: '2027-06-01T22:00:00.000Z',
      dateStyle: 'PKDateStyleLong',
    });
  });
});
