import { describe, expect, it } from 'vitest';
import { seasonalClock, unseenShare, warpSummary } from '../../src/seasons/index.ts';
import { monthOfDay } from '../../src/seasons/seasonal-clock.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';
import { epochDay } from './seasonal-shop.ts';

const busyJanuary = [1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5];

describe('the seasonal time scale', () => {
  it('runs each day at its month’s factor, fractions of a day included', () => {
    const clock = seasonalClock(busyJanuary);
    const jan10 = epochDay(2026, 0, 10);
    expect(clock.at(jan10 + 1) - clock.at(jan10)).toBeCloseTo(1.5, 12);
    expect(clock.at(jan10 + 0.5) - clock.at(jan10)).toBeCloseTo(0.75, 12);
    const dec10 = epochDay(2025, 11, 10);
    expect(clock.at(dec10 + 1) - clock.at(dec10)).toBeCloseTo(0.5, 12);
    // A whole year: 31 × 1.5 + 31 × 0.5 + 303 other days.
    expect(clock.at(epochDay(2026, 0, 1)) - clock.at(epochDay(2025, 0, 1))).toBeCloseTo(365, 9);
  });

  it('puts a summary’s t_x and T on that scale', () => {
    const tx = {
      customer: Int32Array.of(0, 0),
      day: Int32Array.of(epochDay(2025, 11, 25), epochDay(2026, 0, 4)),
      amountCents: Float64Array.of(1000, 1000),
      customerCount: 1,
    };
    const summary = summarizeCustomers(tx, { asOfDay: epochDay(2026, 0, 11), unit: 'day' });
    const warped = warpSummary(summary, seasonalClock(busyJanuary));
    expect(summary.recency[0]).toBe(10);
    expect(warped.recency[0]).toBeCloseTo(7 * 0.5 + 3 * 1.5, 12);
    expect(warped.T[0]).toBeCloseTo(7 * 0.5 + 10 * 1.5, 12);
  });

  it('gives every customer exactly the clock’s times, a customer decades back included', () => {
    const clock = seasonalClock(busyJanuary);
    const asOfDay = epochDay(2026, 0, 11);
    const firstDays = [epochDay(2024, 1, 29), epochDay(2025, 11, 31), epochDay(1931, 5, 3)];
    // Customer c buys on its first day and 40 days later (the last one on the as-of day).
    const customer = Int32Array.of(0, 0, 1, 1, 2, 2);
    const day = Int32Array.from(customer, (c, k) =>
      k % 2 === 0 ? firstDays[c]! : Math.min(asOfDay, firstDays[c]! + 40),
    );
    const tx = { customer, day, amountCents: new Float64Array(6).fill(1000), customerCount: 3 };
    // With the 1931 customer the span is far wider than the customers; without, it is tabulated.
    for (const customers of [3, 2]) {
      const summary = summarizeCustomers(
        {
          ...tx,
          customerCount: customers,
          customer: customer.subarray(0, 2 * customers),
          day: day.subarray(0, 2 * customers),
        },
        { asOfDay, unit: 'week' },
      );
      const warped = warpSummary(summary, clock);
      for (let c = 0; c < customers; c++) {
        const first = clock.at(firstDays[c]!);
        const last = clock.at(Math.min(asOfDay, firstDays[c]! + 40));
        expect(warped.recency[c]).toBe((last - first) / 7);
        expect(warped.T[c]).toBe((clock.at(asOfDay) - first) / 7);
      }
    }
  });
});

describe('a forecast into months never seen', () => {
  it('counts the share of the horizon outside the covered months', () => {
    const marchToAugust = Array.from({ length: 12 }, (_, m) => m >= 2 && m <= 7);
    expect(unseenShare(marchToAugust, epochDay(2026, 7, 31), 30)).toBe(1);
    expect(unseenShare(marchToAugust, epochDay(2026, 7, 1), 61)).toBeCloseTo(31 / 61, 12);
  });
});

describe('the month of a day', () => {
  it('is the calendar’s, from 1800 to 2200, leap years and month ends included', () => {
    const from = Date.UTC(1800, 0, 1) / 86_400_000;
    const to = Date.UTC(2200, 0, 1) / 86_400_000;
    const wrong: number[] = [];
    for (let day = from; day < to; day++) {
      const date = new Date(day * 86_400_000);
      const { index, monthStart } = monthOfDay(day);
      const month = (date.getUTCFullYear() - 1900) * 12 + date.getUTCMonth();
      if (index !== month || monthStart !== day - date.getUTCDate() + 1) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });
});
