import { describe, expect, it } from 'vitest';
import { rollUpControlGroups } from '../../src/program/index.ts';

describe('rollUpControlGroups', () => {
  it('sums difference × customers messaged, standard errors in quadrature, as an 80 % interval', () => {
    // Action 1: +150 c per customer, 90 % interval ±200 → se 200 / 1.645; action 2: −20 c, ±50.
    const r = rollUpControlGroups([
      {
        sent: 100,
        control: 20,
        revenuePerCustomerDifferenceCents: 150,
        interval90: { low: -50, high: 350 },
      },
      {
        sent: 300,
        control: 60,
        revenuePerCustomerDifferenceCents: -20,
        interval90: { low: -70, high: 30 },
      },
      { sent: 50, control: 0, revenuePerCustomerDifferenceCents: null, interval90: null },
    ]);
    const se1 = (100 * 200) / 1.6448536269514722;
    const se2 = (300 * 50) / 1.6448536269514722;
    const spread = 1.2815515655446004 * Math.sqrt(se1 ** 2 + se2 ** 2);
    expect(r?.measured).toBe(2);
    expect(r?.customers).toBe(400);
    expect(r?.incrementalRevenueCents).toBe(15_000 - 6_000);
    expect(r?.interval80[0]).toBeCloseTo(9_000 - spread, 6);
    expect(r?.interval80[1]).toBeCloseTo(9_000 + spread, 6);
  });

  it('is null when no action has a control group', () => {
    expect(
      rollUpControlGroups([
        { sent: 10, control: 0, revenuePerCustomerDifferenceCents: null, interval90: null },
      ]),
    ).toBeNull();
  });
});
