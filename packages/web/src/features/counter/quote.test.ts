import { describe, expect, it } from 'vitest';
import { type Quote, saleTerms } from './quote.ts';

const promo = { kind: 'promo_code' as const, label: 'NOEL10', percent: 10, amountCents: 200 };
const tier = { kind: 'tier' as const, label: 'Or', percent: 5, amountCents: 100 };
const quote = (overrides: Partial<Quote> = {}): Quote => ({
  customerId: 'c',
  amountCents: 2_000,
  discounts: [tier, promo],
  amountDueCents: 1_700,
  notApplied: [],
  ...overrides,
});

describe('saleTerms', () => {
  it('records the amount due with the quoted discounts and the code', () => {
    expect(saleTerms(2_000, 'NOEL10', quote(), 'NOEL10')).toEqual({
      amountCents: 1_700,
      discounts: [tier, promo],
      promoCode: 'NOEL10',
    });
  });

  it('records the amount typed, without discounts, when the quote is for another amount or code', () => {
    const bare = { amountCents: 2_500, discounts: [], promoCode: null };
    expect(saleTerms(2_500, 'NOEL10', quote(), 'NOEL10')).toEqual(bare);
    expect(saleTerms(2_000, 'NOEL10', quote(), null)).toEqual({ ...bare, amountCents: 2_000 });
    expect(saleTerms(2_000, null, undefined, null)).toEqual({ ...bare, amountCents: 2_000 });
  });

  it('does not send a code the quote did not apply (below its minimum)', () => {
    const below = quote({ discounts: [tier], amountDueCents: 1_900 });
    expect(saleTerms(2_000, 'DES50', below, 'DES50')).toEqual({
      amountCents: 1_900,
      discounts: [tier],
      promoCode: null,
    });
  });
});
