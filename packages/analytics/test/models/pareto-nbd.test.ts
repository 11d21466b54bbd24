import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/math/log-gamma.ts';
import {
  fitParetoNbd,
  type ParetoNbdParams,
  paretoNbdLogLikelihood,
} from '../../src/models/index.ts';
import { paretoNbdCustomerLogLikelihood } from '../../src/models/pareto-nbd/likelihood.ts';
import { readCdnowCsv, readCdnowSample } from './cdnow.ts';
import { agreesTo3Digits, PUBLISHED } from './published.ts';

const raw = readCdnowSample();
const summaryFile = readCdnowCsv('cdnow_customers_summary.csv');
const summary = {
  frequency: summaryFile.frequency!,
  recency: summaryFile.recency!,
  T: summaryFile.T!,
};

// Raw transactions: ln L −9594.976, β = 11.669; summary file: ln L −9594.974, β = 11.668.
// Both agree with the published values to ≥ 3 significant digits.
describe.each([
  ['raw transactions', raw],
  ['summary file', summary],
])('Pareto/NBD on the CDNOW sample from the %s', (_, data) => {
  it('converges to the published parameters and log-likelihood', () => {
    const fit = fitParetoNbd(data);
    if (!fit.ok) throw new Error(`${fit.reason}: ${fit.message}`);
    const { r, alpha, s, beta } = fit.params;
    const expected = PUBLISHED.paretoNbd;
    expect(agreesTo3Digits(r, expected.r)).toBe(true);
    expect(agreesTo3Digits(alpha, expected.alpha)).toBe(true);
    expect(agreesTo3Digits(s, expected.s)).toBe(true);
    expect(agreesTo3Digits(beta, expected.beta)).toBe(true);
    expect(Math.abs(fit.logLikelihood - expected.logLikelihood)).toBeLessThan(0.01);
  });
});

/**
 * The likelihood straight from the model's definition, by Simpson quadrature of the dropout
 * time: L = Γ(r+x)α^r/Γ(r) · [β^s (α+T)^−(r+x) (β+T)^−s + ∫_{t_x}^T sβ^s (β+τ)^−(s+1) (α+τ)^−(r+x) dτ].
 * An independent check of the hypergeometric closed form, on both of its branches. Simpson runs
 * on v = ln(β + τ), where the integrand is smooth even when β is tiny.
 */
function likelihoodByQuadrature(
  { r, alpha, s, beta }: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
) {
  // dτ = (β + τ) dv
  const density = (v: number) =>
    s * beta ** s * Math.exp(-s * v) * (alpha - beta + Math.exp(v)) ** -(r + x);
  const [from, to] = [Math.log(beta + tx), Math.log(beta + T)];
  const n = 20_000;
  const h = (to - from) / n;
  let integral = density(from) + density(to);
  for (let i = 1; i < n; i++) integral += (i % 2 ? 4 : 2) * density(from + i * h);
  integral *= h / 3;
  const alive = beta ** s * (alpha + T) ** -(r + x) * (beta + T) ** -s;
  return logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + Math.log(alive + integral);
}

describe('Pareto/NBD likelihood', () => {
  it.each([
    ['α < β', { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.667 }],
    ['α > β', { r: 1.3, alpha: 20, s: 0.4, beta: 3 }],
    ['α ≫ β (z near 1)', { r: 0.7, alpha: 500, s: 2.5, beta: 0.05 }],
  ])('matches direct quadrature when %s', (_, params) => {
    for (const [x, tx, T] of [
      [0, 0, 38.86],
      [2, 30.43, 38.86],
      [15, 5, 30],
      [3, 38.86, 38.86],
    ] as const) {
      const closedForm = paretoNbdCustomerLogLikelihood(params, { frequency: x, recency: tx, T });
      // ln L to 1e-6: tails that differ in the 7th digit would show up (mpmath agrees to 2e-7).
      expect(closedForm).toBeCloseTo(likelihoodByQuadrature(params, x, tx, T), 6);
    }
  });

  it('is −9594.97 at the published parameters on the summary file', () => {
    const { logLikelihood, ...params } = PUBLISHED.paretoNbd;
    expect(Math.abs(paretoNbdLogLikelihood(params, summary) - logLikelihood)).toBeLessThan(0.01);
  });
});
