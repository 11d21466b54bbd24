import { describe, expect, it } from 'vitest';
import {
  activityByGroup,
  averageOrderValue,
  DAY_MS,
  purchaseActivity,
} from '../../src/measures.ts';

const month = 30.436875 * DAY_MS; // average Gregorian month
const buy = (customerId: string, at: number, amountCents: number) => ({
  customerId,
  at,
  amountCents,
});

const purchases = [
  buy('m1', 0, 1_000),
  buy('m1', DAY_MS, 1_200),
  buy('m1', 2 * DAY_MS, 800),
  buy('m2', 3 * DAY_MS, 1_500),
  buy('m2', 4 * DAY_MS, 1_500),
  buy('n1', 5 * DAY_MS, 600),
  buy('n2', 6 * DAY_MS, 400),
  buy('n2', 2 * month, 9_999), // outside the period
];
const members = new Set(['m1', 'm2']);

describe('purchaseActivity', () => {
  it('computes frequency and AOV over [start, end)', () => {
    // 7 purchases by 4 customers over 2 months, 7 000 cents
    expect(purchaseActivity(purchases, { start: 0, end: 2 * month })).toEqual({
      customers: 4,
      purchases: 7,
      revenueCents: 7_000,
      purchasesPerCustomer: 1.75,
      purchasesPerCustomerPerMonth: 0.875,
      averageOrderValueCents: 1_000,
    });
  });

  it('returns nulls for an empty period', () => {
    expect(purchaseActivity(purchases, { start: 10 * month, end: 11 * month })).toMatchObject({
      customers: 0,
      purchasesPerCustomer: null,
      averageOrderValueCents: null,
    });
  });
});

describe('activityByGroup — members vs non-members', () => {
  it('splits frequency and AOV by group label', () => {
    const groups = activityByGroup(purchases, {
      start: 0,
      end: month,
      groupOf: (id) => (members.has(id) ? 'member' : 'non-member'),
    });
    expect(groups).toEqual([
      // members: 5 purchases, 6 000 cents, 2 customers
      {
        group: 'member',
        customers: 2,
        purchases: 5,
        revenueCents: 6_000,
        purchasesPerCustomer: 2.5,
        purchasesPerCustomerPerMonth: 2.5,
        averageOrderValueCents: 1_200,
      },
      // non-members: 2 purchases, 1 000 cents, 2 customers
      {
        group: 'non-member',
        customers: 2,
        purchases: 2,
        revenueCents: 1_000,
        purchasesPerCustomer: 1,
        purchasesPerCustomerPerMonth: 1,
        averageOrderValueCents: 500,
      },
    ]);
  });
});

describe('averageOrderValue', () => {
  it('is revenue per purchase, unrounded', () => {
    expect(averageOrderValue([buy('a', 0, 400), buy('b', 0, 1_100)])).toBe(750);
    expect(averageOrderValue([buy('a', 0, 100), buy('b', 0, 100), buy('c', 0, 101)])).toBeCloseTo(
      100.333,
      3,
    );
    expect(averageOrderValue([])).toBeNull();
  });
});
