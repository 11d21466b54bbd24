import { describe, expect, it } from 'vitest';
import { comparisonCustomers, programRoiEstimate } from '../../src/measures.ts';
import { type ShopHistory, simulateShopHistory } from '../../src/simulate/index.ts';

/**
 * The simulator can replay the same shop with and without the program: each customer lives on
 * their own random stream, so non-members are identical in both runs and the members' difference
 * is the program's true incremental margin — the counterfactual no real shop ever sees.
 */
describe('programRoiEstimate against a simulated counterfactual', () => {
  const start = Date.UTC(2024, 10, 21, 23);
  const launchAt = Date.UTC(2025, 10, 21, 23);
  const end = Date.UTC(2026, 10, 21, 23);
  const margin = { kind: 'rate', rate: 0.6 } as const;
  const shop = (frequencyLift: number) =>
    simulateShopHistory({
      seed: 11,
      start,
      end,
      arrivalsPerDay: 8,
      membership: { share: 0.35, frequencyLift, launchAt },
    });
  const withProgram = shop(1.3);
  const withoutProgram = shop(1);
  const members = new Set(withProgram.customers.filter((c) => c.isMember).map((c) => c.customerId));

  const memberMarginAfterLaunch = (history: ShopHistory) =>
    history.transactions
      .filter((t) => members.has(t.customerId) && t.at >= launchAt)
      .reduce((sum, t) => sum + t.amountCents * margin.rate, 0);

  it('recovers the true incremental margin within three standard errors', () => {
    const truth = memberMarginAfterLaunch(withProgram) - memberMarginAfterLaunch(withoutProgram);
    const customers = comparisonCustomers(withProgram.transactions, {
      start: launchAt,
      end,
      isMember: (id) => members.has(id),
      margin,
    });
    const estimate = programRoiEstimate(customers, { programCostCents: 100_000 });
    const se = estimate.comparison.standardErrorCents! * estimate.comparison.members;
    expect(truth).toBeGreaterThan(0);
    expect(Math.abs(estimate.incrementalMarginCents! - truth)).toBeLessThan(3 * se);
    // and the estimate is informative: the error band is narrower than the effect itself
    expect(3 * se).toBeLessThan(truth);
  });
});

describe('programRoiEstimate under self-selection', () => {
  // Frequent buyers are likelier to join (selection 1): the limitation the estimate warns about.
  const start = Date.UTC(2024, 10, 21, 23);
  const launchAt = Date.UTC(2025, 10, 21, 23);
  const end = Date.UTC(2026, 10, 21, 23);
  const shop = (frequencyLift: number) =>
    simulateShopHistory({
      seed: 11,
      start,
      end,
      arrivalsPerDay: 8,
      membership: { share: 0.35, frequencyLift, launchAt, selection: 1 },
    });
  const withProgram = shop(1.3);
  const withoutProgram = shop(1);
  // Only customers who existed before the launch have a pre-period to be matched on.
  const existing = new Set(
    withProgram.customers.filter((c) => c.joinedAt < launchAt).map((c) => c.customerId),
  );
  const members = new Set(
    withProgram.customers
      .filter((c) => c.isMember && existing.has(c.customerId))
      .map((c) => c.customerId),
  );
  const memberMarginAfterLaunch = (history: ShopHistory) =>
    history.transactions
      .filter((t) => members.has(t.customerId) && t.at >= launchAt)
      .reduce((sum, t) => sum + t.amountCents * 0.6, 0);

  it('removes most, not all, of the bias of a naive member / non-member comparison', () => {
    const truth = memberMarginAfterLaunch(withProgram) - memberMarginAfterLaunch(withoutProgram);
    const customers = comparisonCustomers(
      withProgram.transactions.filter((t) => existing.has(t.customerId)),
      {
        start: launchAt,
        end,
        isMember: (id) => members.has(id),
        margin: { kind: 'rate', rate: 0.6 },
      },
    );
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    const naive =
      (mean(customers.filter((c) => c.isMember).map((c) => c.periodMarginCents)) -
        mean(customers.filter((c) => !c.isMember).map((c) => c.periodMarginCents))) *
      members.size;
    const matched = programRoiEstimate(customers, { programCostCents: 100_000 })
      .incrementalMarginCents!;
    // Seed 11: truth ≈ 25 400 €, naive ≈ 106 500 € (4.2×), matched ≈ 40 300 € (1.6×).
    expect(Math.abs(matched - truth)).toBeLessThan(Math.abs(naive - truth) / 3);
  });
});
