import { describe, expect, it } from 'vitest';
import { revenueMonths } from './revenue-months.ts';

const months = [
  { month: '2025-01', revenueCents: 210_000, purchases: 40 },
  { month: '2026-12', revenueCents: 30_000, purchases: 6 },
];

describe('revenueMonths', () => {
  it('labels months the French and the English way', () => {
    expect(revenueMonths(months, '2026-12-31', 'fr').map((m) => m.label)).toEqual([
      'janv. 2025',
      'déc. 2026',
    ]);
    expect(revenueMonths(months, '2026-12-31', 'en').map((m) => m.label)).toEqual([
      'Jan 2025',
      'Dec 2026',
    ]);
  });

  it('flags the last month as partial when the period ends inside it', () => {
    const bars = revenueMonths(months, '2026-12-06', 'fr');
    expect(bars.map((m) => m.partialDays)).toEqual([null, 6]);
  });

  it('does not flag a month the period covers to its last day', () => {
    expect(revenueMonths(months, '2026-12-31', 'fr').map((m) => m.partialDays)).toEqual([
      null,
      null,
    ]);
    const february = [{ month: '2028-02', revenueCents: 0, purchases: 0 }];
    expect(revenueMonths(february, '2028-02-29', 'fr')[0]?.partialDays).toBeNull();
    expect(revenueMonths(february, '2028-02-28', 'fr')[0]?.partialDays).toBe(28);
  });
});
