import { describe, expect, it } from 'vitest';
import { fitBgNbd, fitGammaGamma } from '../../src/models/index.ts';
import { BOULANGERIE, simulateShopHistory, toModelDays } from '../../src/simulate/index.ts';

/**
 * Ground truth for the predictive models: simulate the boulangerie with ~10 000 customers and no
 * loyalty program (a pure BG/NBD + Gamma-Gamma process), fit both models, and find the simulator's
 * parameters again.
 *
 * Tolerances come from sampling error, measured by refitting 30 seeds of the same shop
 * (docs/demo-data.md has the table): the standard deviation of ln(estimate / truth) was
 * r 0.016, α 0.030, a 0.109, b 0.147, p 0.063, q 0.024, γ 0.082, E[λ] 0.022, E[p] 0.052,
 * E[basket] 0.006, with no visible bias. Each check allows 4 of those standard deviations (a
 * correct fit breaks one given check about once in 16 000 seeds), while a rate taken for a scale
 * misses by orders of magnitude. Not caught at this size: a dropout allowed right after the first
 * purchase (the MBG/NBD variant) — with E[p] ≈ 1.6 % it moves the estimates by less than the noise.
 */
const start = Date.UTC(2024, 10, 21, 23);
const end = Date.UTC(2026, 10, 21, 23);
const history = simulateShopHistory({
  seed: 2026,
  start,
  end,
  arrivalsPerDay: 14,
  membership: null,
});

/** (x, t_x, T) in days of model time, and the mean repeat basket, built from the raw history. */
function summarise() {
  const hours = BOULANGERIE.openingHours;
  const horizon = (end - start) / 86_400_000;
  const byCustomer = new Map<
    string,
    { first: number; last: number; count: number; repeatSpend: number }
  >();
  for (const t of history.transactions) {
    const day = toModelDays(start, t.at, hours);
    const seen = byCustomer.get(t.customerId);
    if (!seen) byCustomer.set(t.customerId, { first: day, last: day, count: 1, repeatSpend: 0 });
    else
      Object.assign(seen, {
        last: day,
        count: seen.count + 1,
        repeatSpend: seen.repeatSpend + t.amountCents,
      });
  }
  const rows = [...byCustomer.values()];
  return {
    frequency: rows.map((r) => r.count - 1),
    recency: rows.map((r) => r.last - r.first),
    T: rows.map((r) => horizon - r.first),
    monetary: rows.map((r) => (r.count > 1 ? r.repeatSpend / (r.count - 1) : 0)),
  };
}

const expectNear = (estimate: number, truth: number, sdLog: number) =>
  expect(Math.abs(Math.log(estimate / truth))).toBeLessThan(4 * sdLog);

describe('models recover the simulator’s true parameters', () => {
  const data = summarise();

  it('simulates enough customers for the stated tolerances', () => {
    expect(history.customers.length).toBeGreaterThan(9_500);
  });

  it('BG/NBD finds r, α, a, b', () => {
    const fit = fitBgNbd(data);
    if (!fit.ok) throw new Error(`BG/NBD fit failed: ${fit.message}`);
    const { r, alpha, a, b } = fit.params;
    const truth = BOULANGERIE;
    expectNear(r, truth.purchaseRate.r, 0.016);
    expectNear(alpha, truth.purchaseRate.alpha, 0.03);
    expectNear(a, truth.dropout.a, 0.109);
    expectNear(b, truth.dropout.b, 0.147);
    expectNear(r / alpha, truth.purchaseRate.r / truth.purchaseRate.alpha, 0.022);
    expectNear(a / (a + b), truth.dropout.a / (truth.dropout.a + truth.dropout.b), 0.052);
  });

  it('Gamma-Gamma finds p, q, γ and the mean basket', () => {
    const fit = fitGammaGamma({ frequency: data.frequency, monetary: data.monetary });
    if (!fit.ok) throw new Error(`Gamma-Gamma fit failed: ${fit.message}`);
    const { p, q, gamma } = fit.params;
    const truth = BOULANGERIE.spend;
    expectNear(p, truth.p, 0.063);
    expectNear(q, truth.q, 0.024);
    expectNear(gamma, truth.gamma, 0.082);
    expectNear((p * gamma) / (q - 1), (truth.p * truth.gamma) / (truth.q - 1), 0.006);
  });
});
