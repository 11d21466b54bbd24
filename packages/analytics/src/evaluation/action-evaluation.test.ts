import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Purchase } from '../clv/purchase.ts';
import { evaluateActions, monthsEndingWith } from './action-evaluation.ts';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('action evaluation', () => {
  it('counts new, loyal and referred customers and revenue per customer per month', () => {
    const purchases: Purchase[] = [
      // Alice: January, February, March → loyal in March
      { customerId: 'alice', at: at('2026-01-05'), amountCents: 1_000 },
      { customerId: 'alice', at: at('2026-02-05'), amountCents: 2_000 },
      { customerId: 'alice', at: at('2026-03-05'), amountCents: 3_000 },
      // Bob: new in March, referred by Alice
      { customerId: 'bob', at: at('2026-03-10'), amountCents: 5_000 },
      { customerId: 'bob', at: at('2026-03-20'), amountCents: 1_000 },
    ];
    const rows = evaluateActions(
      purchases,
      [{ refereeId: 'bob', at: at('2026-02-28') }],
      ['2026-02', '2026-03'],
    );
    expect(rows).toEqual([
      {
        month: '2026-02',
        activeCustomers: 1,
        newCustomers: 0,
        loyalCustomers: 0,
        purchases: 1,
        revenueCents: 2_000,
        averageBasketCents: 2_000,
        revenuePerCustomerCents: 2_000,
        referredCustomers: 1,
        referredNewCustomers: 0,
      },
      {
        month: '2026-03',
        activeCustomers: 2,
        newCustomers: 1,
        loyalCustomers: 1,
        purchases: 3,
        revenueCents: 9_000,
        averageBasketCents: 3_000,
        revenuePerCustomerCents: 4_500,
        referredCustomers: 0,
        referredNewCustomers: 1,
      },
    ]);
  });

  it('finds every customer new exactly once, and never more new or loyal than active', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            customerId: fc.constantFrom('a', 'b', 'c', 'd'),
            at: fc.integer({ min: 0, max: 23 }).map((m) => Date.UTC(2025, m, 10)),
            amountCents: fc.integer({ min: 1, max: 10_000 }),
          }),
        ),
        (purchases) => {
          const rows = evaluateActions(purchases, [], monthsEndingWith('2026-12', 24));
          const customers = new Set(purchases.map((p) => p.customerId)).size;
          expect(rows.reduce((s, r) => s + r.newCustomers, 0)).toBe(customers);
          const revenue = purchases.reduce((s, p) => s + p.amountCents, 0);
          expect(rows.reduce((s, r) => s + r.revenueCents, 0)).toBe(revenue);
          for (const r of rows) {
            expect(r.newCustomers).toBeLessThanOrEqual(r.activeCustomers);
            expect(r.loyalCustomers).toBeLessThanOrEqual(r.activeCustomers);
          }
        },
      ),
    );
  });

  it('lists the months ending with a month, across a new year', () => {
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});
