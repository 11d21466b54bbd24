import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { servingCost } from './serving-cost.ts';

const none = { count: 0, minutes: 0, concededCents: 0, lateCentDays: 0, openDisputes: 0 };

describe('servingCost', () => {
  it('values time, concessions and late payments with the shop’s own rates', () => {
    // 1 h 30 at 24 €/h = 36 €; 1 200 € paid 30 days late at 8 %/year = 7,89 €.
    expect(
      servingCost(
        {
          count: 3,
          minutes: 90,
          concededCents: 1_500,
          lateCentDays: 120_000 * 30,
          openDisputes: 1,
        },
        { hourlyCostCents: 2_400, financingRateBp: 800 },
      ),
    ).toEqual({
      timeCents: 3_600,
      concededCents: 1_500,
      latePaymentCents: 789,
      totalCents: 5_889,
      complete: true,
    });
  });

  it('never invents a rate: a part without its rate is left out and the total says so', () => {
    const cost = servingCost(
      { ...none, count: 1, minutes: 20, concededCents: 500 },
      { hourlyCostCents: null, financingRateBp: null },
    );
    expect(cost).toEqual({
      timeCents: null,
      concededCents: 500,
      latePaymentCents: null,
      totalCents: 500,
      complete: false,
    });
    // Nothing to value: complete even without rates.
    expect(servingCost(none, { hourlyCostCents: null, financingRateBp: null }).complete).toBe(true);
  });

  it('is the sum of its parts and grows with every minute, cent and day', () => {
    const totals = fc.record({
      count: fc.nat(100),
      minutes: fc.nat(100_000),
      concededCents: fc.nat(10_000_000),
      lateCentDays: fc.nat(1_000_000_000),
      openDisputes: fc.nat(10),
    });
    const settings = fc.record({
      hourlyCostCents: fc.option(fc.nat(100_000)),
      financingRateBp: fc.option(fc.nat(10_000)),
    });
    fc.assert(
      fc.property(totals, settings, fc.nat(600), (t, s, extra) => {
        const cost = servingCost(t, s);
        expect(cost.totalCents).toBe(
          (cost.timeCents ?? 0) + cost.concededCents + (cost.latePaymentCents ?? 0),
        );
        const more = servingCost({ ...t, minutes: t.minutes + extra }, s);
        expect(more.totalCents).toBeGreaterThanOrEqual(cost.totalCents);
      }),
    );
  });
});
