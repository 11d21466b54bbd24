import { describe, expect, it } from 'vitest';
import type { DiscountOffer, DiscountStanding } from './offer.ts';
import { promoCodeOffer, promoCodeRefusal } from './promo-code-rule.ts';
import { quoteDiscounts } from './quote-discounts.ts';

const REGULAR: DiscountStanding = { firstPurchase: false, b2bPeriodSpendCents: 0 };

function quote(amountCents: number, offers: DiscountOffer[], standing = REGULAR) {
  const result = quoteDiscounts({ amountCents, standing, offers });
  if (!result.ok) throw new Error(result.code);
  return result.value;
}

describe('quoteDiscounts', () => {
  it('takes a tier discount off the amount', () => {
    expect(quote(2_000, [{ kind: 'tier', label: 'Or', percent: 10 }])).toEqual({
      discounts: [{ kind: 'tier', label: 'Or', percent: 10, amountCents: 200 }],
      amountDueCents: 1_800,
      notApplied: [],
    });
  });

  it('applies percentages one after another on what is left: 10 % then 5 % of 100 € is 14,50 €', () => {
    const q = quote(10_000, [
      { kind: 'promo_code', label: 'NOEL5', percent: 5 },
      { kind: 'tier', label: 'Or', percent: 10 },
    ]);
    expect(q.discounts.map((d) => [d.kind, d.amountCents])).toEqual([
      ['tier', 1_000],
      ['promo_code', 450],
    ]);
    expect(q.amountDueCents).toBe(8_550);
  });

  it('rounds a half cent in the customer’s favour', () => {
    // 10 % of 12,35 € is 1,235 €: the customer gets 1,24 €.
    expect(quote(1_235, [{ kind: 'tier', label: 'Or', percent: 10 }]).amountDueCents).toBe(1_111);
  });

  it('takes fixed amounts after percentages, capped at what is left', () => {
    const q = quote(1_000, [
      { kind: 'points', label: '500 points', amountCents: 800 },
      { kind: 'club', label: 'Club', percent: 50 },
    ]);
    expect(q.discounts).toEqual([
      { kind: 'club', label: 'Club', percent: 50, amountCents: 500 },
      { kind: 'points', label: '500 points', amountCents: 500 },
    ]);
    expect(q.amountDueCents).toBe(0);
  });

  it('gives the welcome offer on the first purchase only', () => {
    const welcome: DiscountOffer = { kind: 'welcome', label: 'Bienvenue', percent: 20 };
    expect(quote(1_000, [welcome], { ...REGULAR, firstPurchase: true }).amountDueCents).toBe(800);
    expect(quote(1_000, [welcome])).toEqual({
      discounts: [],
      amountDueCents: 1_000,
      notApplied: [{ kind: 'welcome', label: 'Bienvenue', reason: 'not_first_purchase' }],
    });
  });

  it('applies only the highest B2B step reached', () => {
    const steps: DiscountOffer[] = [
      { kind: 'b2b_threshold', label: 'Pro 1 000 €', spendCents: 100_000, percent: 5 },
      { kind: 'b2b_threshold', label: 'Pro 5 000 €', spendCents: 500_000, percent: 8 },
      { kind: 'b2b_threshold', label: 'Pro 9 000 €', spendCents: 900_000, percent: 12 },
    ];
    const q = quote(10_000, steps, { ...REGULAR, b2bPeriodSpendCents: 600_000 });
    expect(q.discounts).toEqual([
      { kind: 'b2b_threshold', label: 'Pro 5 000 €', percent: 8, amountCents: 800 },
    ]);
    expect(q.notApplied).toEqual([
      { kind: 'b2b_threshold', label: 'Pro 9 000 €', reason: 'threshold_not_reached' },
    ]);
  });

  it('says when a promo code needs a larger purchase', () => {
    const q = quote(1_500, [
      promoCodeOffer({ code: 'DES20', off: { amountCents: 300 }, minimumPurchaseCents: 2_000 }),
    ]);
    expect(q.amountDueCents).toBe(1_500);
    expect(q.notApplied).toEqual([
      { kind: 'promo_code', label: 'DES20', reason: 'below_minimum', minimumPurchaseCents: 2_000 },
    ]);
  });

  it('refuses fractional cents and impossible percentages', () => {
    const standing = REGULAR;
    expect(quoteDiscounts({ amountCents: 12.5, standing, offers: [] })).toMatchObject({
      ok: false,
      code: 'invalid_amount',
    });
    expect(
      quoteDiscounts({
        amountCents: 100,
        standing,
        offers: [{ kind: 'tier', label: 'Or', percent: 120 }],
      }),
    ).toMatchObject({ ok: false, code: 'invalid_amount' });
  });
});

describe('promoCodeRefusal', () => {
  const base = { code: 'NOEL', off: { percent: 10 } };
  const at = (iso: string, usesSoFar = 0, customerUsesSoFar = 0) => ({
    now: new Date(iso),
    timeZone: 'Europe/Paris',
    usesSoFar,
    customerUsesSoFar,
  });

  it('counts the date range in the shop’s calendar, both days included', () => {
    const rule = { ...base, startsOn: '2026-12-01', endsOn: '2026-12-24' };
    // 23:30 UTC on 30 November is already 1 December in Paris.
    expect(promoCodeRefusal(rule, at('2026-11-30T23:30:00Z'))).toBeNull();
    expect(promoCodeRefusal(rule, at('2026-11-30T22:30:00Z'))).toBe('promo_code_not_started');
    expect(promoCodeRefusal(rule, at('2026-12-24T22:59:00Z'))).toBeNull();
    expect(promoCodeRefusal(rule, at('2026-12-24T23:00:00Z'))).toBe('promo_code_expired');
  });

  it('refuses a single-use code once used, and a customer past their limit', () => {
    expect(promoCodeRefusal({ ...base, maxUses: 1 }, at('2026-12-06T10:00:00Z', 1))).toBe(
      'promo_code_used_up',
    );
    expect(
      promoCodeRefusal({ ...base, perCustomerLimit: 2 }, at('2026-12-06T10:00:00Z', 9, 2)),
    ).toBe('promo_code_limit_reached');
    expect(
      promoCodeRefusal({ ...base, perCustomerLimit: 2 }, at('2026-12-06T10:00:00Z', 9, 1)),
    ).toBeNull();
  });
});
