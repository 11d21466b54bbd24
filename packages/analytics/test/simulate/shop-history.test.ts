import { describe, expect, it } from 'vitest';
import {
  BOULANGERIE,
  simulateShopHistory,
  toModelDays,
  toTimestamp,
} from '../../src/simulate/index.ts';

const DAY = 86_400_000;
// Local midnight in Paris (UTC+1 in November) on 2024-11-22, two years of history.
const start = Date.UTC(2024, 10, 21, 23);
const end = Date.UTC(2026, 10, 21, 23);
const demo = simulateShopHistory({ seed: 1, start, end });

describe('simulateShopHistory — determinism', () => {
  it('gives the same history for the same seed and another one for another seed', () => {
    expect(simulateShopHistory({ seed: 1, start, end })).toEqual(demo);
    const other = simulateShopHistory({ seed: 2, start, end });
    expect(other.transactions.length).not.toBe(demo.transactions.length);
    expect(other.customers[0]!.latent).not.toEqual(demo.customers[0]!.latent);
  });
});

describe('simulateShopHistory — a well-formed history', () => {
  it('sorts transactions by time, inside [start, end) and inside opening hours', () => {
    const { opensAt, closesAt } = BOULANGERIE.openingHours;
    const misplaced = demo.transactions.filter((t, i) => {
      const minuteOfDay = ((t.at - start) % DAY) / 60_000;
      return (
        (i > 0 && t.at < demo.transactions[i - 1]!.at) ||
        t.at < start ||
        t.at >= end ||
        minuteOfDay < opensAt ||
        minuteOfDay >= closesAt ||
        !Number.isInteger(t.amountCents) ||
        t.amountCents <= 0
      );
    });
    expect(misplaced).toEqual([]);
  });

  it('starts each customer at their join time and stops at their dropout', () => {
    const byCustomer = new Map<string, number[]>();
    for (const t of demo.transactions)
      byCustomer.set(t.customerId, [...(byCustomer.get(t.customerId) ?? []), t.at]);
    for (const customer of demo.customers) {
      const times = byCustomer.get(customer.customerId)!;
      expect(times[0]).toBe(customer.joinedAt);
      // BG/NBD: a customer can only leave right after a repeat purchase, which is their last one.
      if (customer.droppedOutAt !== null) {
        expect(times.length).toBeGreaterThanOrEqual(2);
        expect(times[times.length - 1]).toBe(customer.droppedOutAt);
      }
    }
  });
});

describe('simulateShopHistory — the boulangerie defaults', () => {
  const n = demo.customers.length;

  it('has about 2 000 customers: 2.75 a day over 730 days, Poisson spread ±3σ', () => {
    // Expected 2.75 × 730.5 × mean seasonal factor (≈ 1) = 2 009, σ = √2 009 ≈ 45
    expect(Math.abs(n - 2_009)).toBeLessThan(3 * 45);
  });

  it('draws latent parameters from the stated distributions', () => {
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    const { r, alpha } = BOULANGERIE.purchaseRate;
    const lambdas = demo.customers.map((c) => c.latent.purchaseRatePerDay);
    // E[λ] = r / α = 0.05, sd = √r / α ≈ 0.091 → standard error of the mean ≈ 0.002
    expect(Math.abs(mean(lambdas) - r / alpha)).toBeLessThan(
      4 * (Math.sqrt(r) / alpha / Math.sqrt(n)),
    );
    const { a, b } = BOULANGERIE.dropout;
    const ps = demo.customers.map((c) => c.latent.dropoutProbability);
    const sdP = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
    expect(Math.abs(mean(ps) - a / (a + b))).toBeLessThan((4 * sdP) / Math.sqrt(n));
  });

  it('makes members a third of the customers', () => {
    const members = demo.customers.filter((c) => c.isMember).length;
    // share 0.35, binomial σ = √(n · 0.35 · 0.65) ≈ 21
    expect(Math.abs(members - 0.35 * n)).toBeLessThan(4 * Math.sqrt(n * 0.35 * 0.65));
  });
});

describe('simulateShopHistory — membership lift', () => {
  const launchAt = Date.UTC(2025, 10, 21, 23);
  const base = { seed: 5, start, end };
  const without = simulateShopHistory({
    ...base,
    membership: { share: 0.35, frequencyLift: 1, launchAt },
  });
  const withLift = simulateShopHistory({
    ...base,
    membership: { share: 0.35, frequencyLift: 1.5, launchAt },
  });

  it('changes members only, and only after launch', () => {
    const members = new Set(withLift.customers.filter((c) => c.isMember).map((c) => c.customerId));
    const keep = (h: typeof without, member: boolean) =>
      h.transactions.filter(
        (t) => members.has(t.customerId) === member && (member ? t.at < launchAt : true),
      );
    expect(keep(withLift, false)).toEqual(keep(without, false));
    expect(keep(withLift, true)).toEqual(keep(without, true));
  });

  it('raises members’ purchases after launch', () => {
    const memberPurchasesAfterLaunch = (h: typeof without) => {
      const members = new Set(h.customers.filter((c) => c.isMember).map((c) => c.customerId));
      return h.transactions.filter((t) => members.has(t.customerId) && t.at >= launchAt).length;
    };
    const ratio = memberPurchasesAfterLaunch(withLift) / memberPurchasesAfterLaunch(without);
    // Less than 1.5: a faster buyer also reaches a dropout draw sooner.
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThan(1.5);
  });
});

describe('business clock', () => {
  it('maps model days into opening hours and back', () => {
    const hours = { opensAt: 420, closesAt: 1170 };
    // day 2.5 → day 2 at 7:00 + half of 12 h 30 = 13:15
    expect(toTimestamp(start, 2.5, hours)).toBe(start + 2 * DAY + (13 * 60 + 15) * 60_000);
    expect(toModelDays(start, toTimestamp(start, 123.456, hours), hours)).toBeCloseTo(123.456, 6);
  });
});
