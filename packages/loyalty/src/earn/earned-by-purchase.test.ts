import { describe, expect, it } from 'vitest';
import {
  buildItem,
  buildPointsProgram,
  buildPurchase,
  buildStampCard,
} from '../../test/factories.ts';
import { earnedByPurchase } from './earned-by-purchase.ts';

describe('earnedByPurchase', () => {
  it('rejects below the minimum purchase and says what the minimum is', () => {
    const card = buildStampCard({ minimumPurchaseCents: 500 });
    expect(earnedByPurchase(card, buildPurchase({ amountCents: 499 }))).toEqual({
      ok: false,
      code: 'below_minimum_purchase',
      detail: { minimumPurchaseCents: 500, amountCents: 499 },
    });
    expect(earnedByPurchase(card, buildPurchase({ amountCents: 500 }))).toEqual({
      ok: true,
      value: 1,
    });
  });

  it('rejects money or quantities that are not whole numbers', () => {
    const program = buildPointsProgram();
    expect(earnedByPurchase(program, buildPurchase({ amountCents: 12.5 }))).toMatchObject({
      ok: false,
      code: 'invalid_amount',
    });
    const halfHour = buildPurchase({ items: [buildItem({ quantity: 0.5 })] });
    expect(earnedByPurchase(program, halfHour)).toMatchObject({
      code: 'invalid_amount',
      detail: { field: 'quantity' },
    });
    expect(earnedByPurchase(program, buildPurchase({ amountCents: -100 }))).toMatchObject({
      code: 'invalid_amount',
    });
  });

  it('dispatches points programs to the points rule', () => {
    expect(earnedByPurchase(buildPointsProgram(), buildPurchase({ amountCents: 4250 }))).toEqual({
      ok: true,
      value: 42,
    });
  });
});
