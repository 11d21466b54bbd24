import { describe, expect, it } from 'vitest';
import { buildItem, buildPurchase } from '../../test/factories.ts';
import { stampsForPurchase } from './stamps-for-purchase.ts';

describe('stampsForPurchase', () => {
  it('gives one stamp per visit whatever the amount', () => {
    expect(stampsForPurchase({ per: 'visit' }, buildPurchase({ amountCents: 12_345 }))).toBe(1);
  });

  it('counts units of the category only, case- and space-insensitively', () => {
    const purchase = buildPurchase({
      items: [
        buildItem({ category: 'coupe', quantity: 2 }),
        buildItem({ category: 'Coupe ', quantity: 1 }),
        buildItem({ category: 'shampoing', quantity: 4 }),
      ],
    });
    expect(stampsForPurchase({ per: 'item', category: 'coupe' }, purchase)).toBe(3);
  });

  it('gives nothing per item when the receipt has no items', () => {
    expect(stampsForPurchase({ per: 'item', category: 'coupe' }, buildPurchase())).toBe(0);
  });

  it('floors amount / step: 19,99 € on "1 per 10 €" is 1 stamp, 20,00 € is 2', () => {
    const rule = { per: 'spend', centsPerStamp: 1000 } as const;
    expect(stampsForPurchase(rule, buildPurchase({ amountCents: 999 }))).toBe(0);
    expect(stampsForPurchase(rule, buildPurchase({ amountCents: 1999 }))).toBe(1);
    expect(stampsForPurchase(rule, buildPurchase({ amountCents: 2000 }))).toBe(2);
  });
});
