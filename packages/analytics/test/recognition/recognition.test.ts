import { describe, expect, it } from 'vitest';
import {
  customerOfTheMonth,
  latePaymentFollowUps,
  longStandingCustomers,
  type RecognitionFacts,
} from '../../src/measures.ts';

const TODAY = '2026-12-06';
const regular = (
  customerId: string,
  overrides: Partial<RecognitionFacts> = {},
): RecognitionFacts => ({
  customerId,
  firstPurchaseOn: '2024-01-01',
  lastPurchaseOn: '2026-12-01',
  visitsLast30Days: 3,
  spendLast30DaysCents: 3_000,
  totalVisits: 100,
  ...overrides,
});

describe('customerOfTheMonth', () => {
  it('picks the most visits of the month, then the most spent, and says why', () => {
    const chosen = customerOfTheMonth(
      [
        regular('lea', {
          visitsLast30Days: 9,
          spendLast30DaysCents: 8_100,
          firstPurchaseOn: '2023-01-10',
        }),
        regular('luc', { visitsLast30Days: 9, spendLast30DaysCents: 5_000 }),
        regular('zoe', { visitsLast30Days: 4, spendLast30DaysCents: 90_000 }),
      ],
      TODAY,
    );
    expect(chosen).toEqual({
      customerId: 'lea',
      reasons: [
        { kind: 'visits_this_month', count: 9 },
        { kind: 'spend_this_month', cents: 8_100 },
        { kind: 'seniority', years: 3 },
      ],
    });
  });

  it('names nobody when nobody came twice this month', () => {
    expect(customerOfTheMonth([regular('lea', { visitsLast30Days: 1 })], TODAY)).toBeNull();
    expect(customerOfTheMonth([], TODAY)).toBeNull();
  });

  it('leaves out the seniority of a customer of less than a year', () => {
    const chosen = customerOfTheMonth([regular('new', { firstPurchaseOn: '2026-06-01' })], TODAY);
    expect(chosen?.reasons.map((r) => r.kind)).toEqual(['visits_this_month', 'spend_this_month']);
  });
});

describe('longStandingCustomers', () => {
  it('lists customers of two years and more who still come, the oldest first', () => {
    const list = longStandingCustomers(
      [
        regular('recent', { firstPurchaseOn: '2025-06-01' }),
        regular('gone', { firstPurchaseOn: '2018-01-01', lastPurchaseOn: '2025-01-01' }),
        regular('luc', { firstPurchaseOn: '2019-03-02', totalVisits: 410 }),
        regular('lea', { firstPurchaseOn: '2023-01-10' }),
      ],
      TODAY,
    );
    expect(list.map((c) => [c.customerId, c.years])).toEqual([
      ['luc', 7],
      ['lea', 3],
    ]);
    expect(list[0]!.reasons).toEqual([
      { kind: 'seniority', years: 7 },
      { kind: 'total_visits', count: 410 },
    ]);
  });
});

describe('latePaymentFollowUps', () => {
  it('follows up invoices unpaid a week after their due date, the latest first', () => {
    const invoice = (invoiceId: string, dueOn: string, paidOn: string | null = null) => ({
      accountId: 'hotel',
      invoiceId,
      number: invoiceId.toUpperCase(),
      amountCents: 10_000,
      dueOn,
      paidOn,
    });
    const follow = latePaymentFollowUps(
      [
        invoice('a', '2026-11-20'),
        invoice('b', '2026-12-01'), // 5 days: within the grace
        invoice('c', '2026-10-01', '2026-11-15'), // paid
        invoice('d', '2026-10-31'),
      ],
      TODAY,
    );
    expect(follow.map((f) => [f.invoiceId, f.daysLate, f.key])).toEqual([
      ['d', 36, 'late-invoice:d'],
      ['a', 16, 'late-invoice:a'],
    ]);
  });
});
