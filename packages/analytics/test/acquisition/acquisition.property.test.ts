import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acquisitionCosts,
  type ChannelKey,
  customerCapital,
  paybackOf,
} from '../../src/measures.ts';

const dayArb = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const channelArb = fc.constantFrom<ChannelKey>(
  'referral',
  'imported',
  'unknown',
  'channel:a',
  'channel:b',
);
const purchasesArb = fc.array(
  fc.record({ on: dayArb, netCents: fc.integer({ min: 0, max: 50_000 }) }),
  { maxLength: 8 },
);
const customersArb = fc
  .array(fc.record({ channel: channelArb, acquiredOn: dayArb, purchases: purchasesArb }), {
    maxLength: 40,
  })
  .map((list) => list.map((c, i) => ({ customerId: `c${i}`, ...c })));
const spendArb = fc.array(
  fc.record({
    month: fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-04'),
    budget: fc.constantFrom('development' as const, 'loyalty' as const),
    channel: fc.option(channelArb, { nil: null }),
    amountCents: fc.integer({ min: 0, max: 1_000_000 }),
  }),
  { maxLength: 20 },
);

describe('acquisition properties', () => {
  it('every customer acquired in the period is counted once, every euro spent once', () => {
    fc.assert(
      fc.property(customersArb, spendArb, (customers, spend) => {
        const r = acquisitionCosts({ customers, spend, fromMonth: '2026-01', toMonth: '2026-04' });
        const inRange = customers.filter(
          (c) => c.acquiredOn >= '2026-01' && c.acquiredOn < '2026-05',
        );
        const counted = r.months.reduce(
          (n, m) => n + Object.values(m.newCustomers).reduce((a: number, b) => a + (b ?? 0), 0),
          0,
        );
        expect(counted).toBe(inRange.length);
        expect(r.channels.reduce((n, c) => n + c.newCustomers, 0)).toBe(inRange.length);
        const dev = spend
          .filter((s) => s.budget === 'development')
          .reduce((n, s) => n + s.amountCents, 0);
        const loyalty = spend
          .filter((s) => s.budget === 'loyalty')
          .reduce((n, s) => n + s.amountCents, 0);
        expect(r.totals.developmentCents).toBe(dev);
        expect(r.totals.loyaltyCents).toBe(loyalty);
        expect(r.totals.acquired).toBe(inRange.filter((c) => c.channel !== 'imported').length);
      }),
    );
  });

  it('payback: the first month at or above the cost, and a lower cost never takes longer', () => {
    fc.assert(
      fc.property(
        customersArb,
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (customers, c1, c2) => {
          const [low, high] = c1 <= c2 ? [c1, c2] : [c2, c1];
          const input = { customers, marginRate: 0.3, asOf: '2026-12-31' };
          const a = paybackOf({ ...input, costPerCustomerCents: low });
          const b = paybackOf({ ...input, costPerCustomerCents: high });
          if (a.paybackMonths !== null) {
            const point = a.curve[a.paybackMonths - 1]!;
            expect(point.averageMarginCents).toBeGreaterThanOrEqual(low);
            for (const earlier of a.curve.slice(0, a.paybackMonths - 1)) {
              expect(earlier.averageMarginCents).toBeLessThan(low);
            }
          }
          if (b.paybackMonths !== null) {
            expect(a.paybackMonths).not.toBeNull();
            expect(a.paybackMonths!).toBeLessThanOrEqual(b.paybackMonths);
          }
          expect(paybackOf({ ...input, costPerCustomerCents: null }).status).toBe('no_cost');
        },
      ),
    );
  });

  it('capital: every customer in one row, shares add up, rates between 0 and 1', () => {
    fc.assert(
      fc.property(customersArb, (customers) => {
        const r = customerCapital({ customers, asOf: '2026-06-30' });
        const known = customers.filter((c) => c.acquiredOn <= '2026-06-30').length;
        expect(r.years.reduce((n, y) => n + y.customers, 0)).toBe(known);
        expect(r.years.reduce((n, y) => n + y.revenueCents, 0)).toBe(r.revenueCents);
        const shares = r.years.reduce((n, y) => n + y.revenueShare, 0);
        expect(r.revenueCents === 0 ? shares : Math.abs(shares - 1)).toBeLessThan(1e-9);
        for (const y of r.years) {
          expect(y.activeCustomers).toBeLessThanOrEqual(y.customers);
          if (y.retentionRate !== null) {
            expect(y.retentionRate).toBeGreaterThanOrEqual(0);
            expect(y.retentionRate).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});
