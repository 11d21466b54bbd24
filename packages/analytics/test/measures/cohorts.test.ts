import { describe, expect, it } from 'vitest';
import {
  cohortRetention,
  monthKeyUtc,
  monthKeyWithOffset,
  monthsBetween,
} from '../../src/measures.ts';

const at = (year: number, month: number, day: number, hour = 12) =>
  Date.UTC(year, month - 1, day, hour);
const buy = (customerId: string, time: number) => ({ customerId, at: time, amountCents: 500 });

describe('month keys', () => {
  it('formats UTC months and applies the merchant offset', () => {
    expect(monthKeyUtc(at(2026, 1, 31, 23))).toBe('2026-01');
    // 23:30 UTC on Jan 31 is 00:30 on Feb 1 in Paris (UTC+1 in winter)
    expect(monthKeyWithOffset(() => 60)(Date.UTC(2026, 0, 31, 23, 30))).toBe('2026-02');
  });

  it('counts months across years and rejects malformed keys', () => {
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(() => monthsBetween('2025-1', '2026-02')).toThrow(/YYYY-MM/);
  });
});

describe('cohortRetention', () => {
  const purchases = [
    buy('a', at(2026, 1, 5)),
    buy('a', at(2026, 2, 7)),
    buy('a', at(2026, 3, 9)),
    buy('b', at(2026, 1, 20)),
    buy('b', at(2026, 3, 1)),
    buy('c', at(2026, 1, 25)),
    buy('d', at(2026, 2, 3)),
    buy('d', at(2026, 2, 20)),
    buy('d', at(2026, 3, 30)),
  ];

  it('counts each cohort member active in each later month', () => {
    expect(cohortRetention(purchases)).toEqual([
      { cohort: '2026-01', size: 3, activeCustomers: [3, 1, 2], retention: [1, 1 / 3, 2 / 3] },
      { cohort: '2026-02', size: 1, activeCustomers: [1, 1], retention: [1, 1] },
    ]);
  });

  it('uses the merchant month: a purchase late on Jan 31 UTC is a February purchase in Paris', () => {
    const lateJanuary = [buy('x', Date.UTC(2026, 0, 31, 23, 30)), buy('x', at(2026, 2, 10))];
    expect(cohortRetention(lateJanuary, { monthKeyOf: monthKeyWithOffset(() => 60) })).toEqual([
      { cohort: '2026-02', size: 1, activeCustomers: [1], retention: [1] },
    ]);
  });

  it('stops rows at lastMonth', () => {
    const rows = cohortRetention(purchases, { lastMonth: '2026-02' });
    expect(rows.map((row) => row.activeCustomers)).toEqual([[3, 1], [1]]);
  });
});
