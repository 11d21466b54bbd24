import { describe, expect, it } from 'vitest';
import { EMPTY_PROMO_CODE_FORM, promoCodeBody } from './promo-code-form.ts';

describe('promoCodeBody', () => {
  it('turns the form into the request: upper-case code, cents, empty limits as null', () => {
    expect(
      promoCodeBody({
        ...EMPTY_PROMO_CODE_FORM,
        code: ' noel10 ',
        kind: 'amount',
        value: '5,50',
        minimum: '20',
        maxUses: '1',
        endsOn: '2026-12-24',
      }),
    ).toEqual({
      ok: true,
      body: {
        code: 'NOEL10',
        percentOff: null,
        amountOffCents: 550,
        minimumPurchaseCents: 2_000,
        startsOn: null,
        endsOn: '2026-12-24',
        maxUses: 1,
        perCustomerLimit: null,
      },
    });
  });

  it('says which field to fix', () => {
    expect(
      promoCodeBody({
        ...EMPTY_PROMO_CODE_FORM,
        value: '120',
        maxUses: '0',
        startsOn: '2026-12-24',
        endsOn: '2026-12-01',
      }),
    ).toEqual({
      ok: false,
      errors: {
        code: 'required',
        value: 'invalidPercent',
        maxUses: 'invalidNumber',
        endsOn: 'invalidDates',
      },
    });
  });
});
