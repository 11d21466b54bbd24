import { describe, expect, it } from 'vitest';
import { changesBody, createBody, emptyForm, formFromPreset, validateForm } from './form.ts';

const points = { ...emptyForm, kind: 'points' as const, name: 'Points café', pointsPerEuro: '1' };

describe('program form', () => {
  it('sends the points expiry the owner typed, and null once it is cleared', () => {
    const withExpiry = { ...points, expiryMonths: '12', expiryNoticeDays: '15' };
    expect(createBody(withExpiry)).toMatchObject({
      expiry: { monthsWithoutActivity: 12, noticeDays: 15 },
    });
    expect(changesBody(withExpiry)).toMatchObject({
      expiry: { monthsWithoutActivity: 12, noticeDays: 15 },
    });
    expect(changesBody({ ...points, expiryMonths: '' })).toMatchObject({ expiry: null });
    expect(createBody(points)).not.toHaveProperty('expiry');
  });

  it('checks the expiry against the server’s bounds (1–120 months, 0–365 days)', () => {
    expect(validateForm({ ...points, expiryMonths: '121' }, false).expiryMonths).toBe('range');
    expect(validateForm({ ...points, expiryMonths: 'x' }, false).expiryMonths).toBe('whole');
    expect(
      validateForm({ ...points, expiryMonths: '6', expiryNoticeDays: '400' }, false)
        .expiryNoticeDays,
    ).toBe('range');
    expect(validateForm({ ...points, expiryMonths: '6' }, false)).toEqual({});
  });

  it('takes a preset’s minimum purchase, so a cent earns nothing', () => {
    const form = formFromPreset(
      {
        id: 'buy-9-get-10th-free',
        name: { fr: 'Achetez 9, le 10e offert', en: 'Buy 9, get the 10th free' },
        rule: { per: 'visit' },
        stampsPerCard: 9,
        cardBoxes: 10,
        suggestedReward: { fr: 'Le 10e offert', en: 'The 10th one free' },
        minimumPurchaseCents: 100,
      },
      emptyForm,
      'fr',
    );
    expect(form.minimumPurchase).toBe('1,00');
    expect(createBody(form)).toMatchObject({ minimumPurchaseCents: 100 });
  });
});
