import { describe, expect, it } from 'vitest';
import {
  acquisitionChannelOf,
  acquisitionCosts,
  customerCapital,
  paybackOf,
} from '../../src/measures.ts';

describe('acquisitionChannelOf', () => {
  it('counts a referral first, then the answer, then the import', () => {
    expect(acquisitionChannelOf({ referred: true, answeredChannelId: 'x', imported: true })).toBe(
      'referral',
    );
    expect(acquisitionChannelOf({ referred: false, answeredChannelId: 'x', imported: true })).toBe(
      'channel:x',
    );
    expect(acquisitionChannelOf({ referred: false, answeredChannelId: null, imported: true })).toBe(
      'imported',
    );
    expect(
      acquisitionChannelOf({ referred: false, answeredChannelId: null, imported: false }),
    ).toBe('unknown');
  });
});

describe('acquisitionCosts', () => {
  const result = acquisitionCosts({
    customers: [
      { customerId: 'a', channel: 'channel:flyer', acquiredOn: '2026-10-05' },
      { customerId: 'b', channel: 'channel:flyer', acquiredOn: '2026-11-02' },
      { customerId: 'c', channel: 'referral', acquiredOn: '2026-11-20' },
      { customerId: 'd', channel: 'imported', acquiredOn: '2026-11-01' },
      { customerId: 'e', channel: 'unknown', acquiredOn: '2026-09-30' },
    ],
    spend: [
      { month: '2026-10', budget: 'development', channel: 'channel:flyer', amountCents: 3000 },
      { month: '2026-11', budget: 'development', channel: 'channel:flyer', amountCents: 1000 },
      { month: '2026-11', budget: 'development', channel: null, amountCents: 2000 },
      { month: '2026-11', budget: 'loyalty', channel: null, amountCents: 5000 },
      { month: '2026-12', budget: 'development', channel: 'channel:flyer', amountCents: 999 },
    ],
    fromMonth: '2026-10',
    toMonth: '2026-11',
  });

  it('counts new customers and each budget per month; imported customers are not acquired here', () => {
    expect(result.months).toEqual([
      {
        month: '2026-10',
        newCustomers: { 'channel:flyer': 1 },
        acquired: 1,
        developmentCents: 3000,
        loyaltyCents: 0,
        costPerCustomerCents: 3000,
      },
      {
        month: '2026-11',
        newCustomers: { 'channel:flyer': 1, referral: 1, imported: 1 },
        acquired: 2,
        developmentCents: 3000,
        loyaltyCents: 5000,
        costPerCustomerCents: 1500,
      },
    ]);
  });

  it('gives a cost per customer only to channels with spend entered', () => {
    expect(result.channels).toEqual([
      { channel: 'channel:flyer', newCustomers: 2, spendCents: 4000, costPerCustomerCents: 2000 },
      { channel: 'imported', newCustomers: 1, spendCents: 0, costPerCustomerCents: null },
      { channel: 'referral', newCustomers: 1, spendCents: 0, costPerCustomerCents: null },
    ]);
    expect(result.totals).toEqual({
      acquired: 3,
      developmentCents: 6000,
      loyaltyCents: 5000,
      costPerCustomerCents: 2000,
    });
  });
});

describe('paybackOf', () => {
  const customers = [
    {
      customerId: 'x',
      channel: 'channel:flyer' as const,
      acquiredOn: '2026-09-01',
      purchases: [
        { on: '2026-09-01', netCents: 2000 },
        { on: '2026-10-15', netCents: 2000 },
      ],
    },
    {
      customerId: 'y',
      channel: 'channel:flyer' as const,
      acquiredOn: '2026-09-01',
      purchases: [
        { on: '2026-09-01', netCents: 1000 },
        { on: '2026-11-10', netCents: 4000 },
      ],
    },
    {
      customerId: 'z',
      channel: 'channel:flyer' as const,
      acquiredOn: '2026-09-01',
      purchases: [{ on: '2026-09-01', netCents: 3000 }],
    },
    {
      customerId: 'w',
      channel: 'channel:flyer' as const,
      acquiredOn: '2026-11-20',
      purchases: [{ on: '2026-11-20', netCents: 10_000 }],
    },
  ];
  const at = (costPerCustomerCents: number | null) =>
    paybackOf({ customers, costPerCustomerCents, marginRate: 0.5, asOf: '2026-12-06' });

  it('averages the margin of the first k months over the customers observed that long', () => {
    expect(at(1300).curve).toEqual([
      { month: 1, customersObserved: 3, averageMarginCents: 1000 },
      { month: 2, customersObserved: 3, averageMarginCents: 1333 },
      { month: 3, customersObserved: 3, averageMarginCents: 2000 },
    ]);
  });

  it('pays back in the first month whose average reaches the cost', () => {
    expect(at(1300)).toMatchObject({ paybackMonths: 2, status: 'paid_back' });
    expect(at(1000)).toMatchObject({ paybackMonths: 1, status: 'paid_back' });
    expect(at(2500)).toMatchObject({ paybackMonths: null, status: 'not_yet' });
    expect(at(null)).toMatchObject({ paybackMonths: null, status: 'no_cost' });
  });
});

describe('customerCapital', () => {
  const capital = customerCapital({
    asOf: '2026-12-06',
    customers: [
      {
        customerId: 'n1',
        acquiredOn: '2026-03-01',
        purchases: [
          { on: '2026-03-01', netCents: 1000 },
          { on: '2026-06-01', netCents: 1000 },
        ],
      },
      {
        customerId: 'o1',
        acquiredOn: '2025-06-01',
        purchases: [
          { on: '2025-06-01', netCents: 500 },
          { on: '2026-01-10', netCents: 3000 },
        ],
      },
      {
        customerId: 'o2',
        acquiredOn: '2025-01-01',
        purchases: [{ on: '2025-02-01', netCents: 800 }],
      },
      {
        customerId: 'o3',
        acquiredOn: '2019-05-05',
        purchases: [
          { on: '2025-12-06', netCents: 100 },
          { on: '2026-12-06', netCents: 5000 },
        ],
      },
      { customerId: 'later', acquiredOn: '2027-01-01', purchases: [] },
    ],
  });

  it('splits the last 12 months by seniority year, the oldest gathered in the last row', () => {
    expect(capital.from).toBe('2025-12-06');
    expect(capital.revenueCents).toBe(10_000);
    expect(
      capital.years.map((y) => [y.year, y.customers, y.activeCustomers, y.revenueCents]),
    ).toEqual([
      [1, 1, 1, 2000],
      [2, 2, 1, 3000],
      [3, 0, 0, 0],
      [4, 0, 0, 0],
      [5, 1, 1, 5000],
    ]);
    expect(capital.years.map((y) => y.revenueShare)).toEqual([0.2, 0.3, 0, 0, 0.5]);
    expect(capital.years[4]?.andMore).toBe(true);
  });

  it('retention: of those who bought the year before, who bought again; none for new customers', () => {
    expect(capital.years.map((y) => y.retentionRate)).toEqual([null, 0.5, null, null, 1]);
  });
});
