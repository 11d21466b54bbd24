import { describe, expect, it } from 'vitest';
import { fitGammaGamma, gammaGammaExpectedSpend } from '../../src/models/index.ts';
import { readCdnowCsv, readCdnowSample } from './cdnow.ts';
import { agreesTo3Digits, PUBLISHED } from './published.ts';

const withSpend = readCdnowCsv('cdnow_customers_summary_with_transactions.csv');
const raw = readCdnowSample();

describe('Gamma-Gamma on the 946 CDNOW repeat customers', () => {
  it('reproduces p, q, γ to 5 digits from the zbar column of the summary file', () => {
    const fit = fitGammaGamma({ frequency: withSpend.x!, monetary: withSpend.zbar! });
    if (!fit.ok) throw new Error(`${fit.reason}: ${fit.message}`);
    const { p, q, gamma } = fit.params;
    expect(p).toBeCloseTo(PUBLISHED.gammaGamma.p, 3);
    expect(q).toBeCloseTo(PUBLISHED.gammaGamma.q, 3);
    expect(gamma).toBeCloseTo(PUBLISHED.gammaGamma.gamma, 3);
  });

  it('reproduces them to 3 digits from raw transactions (zbar there is rounded to cents)', () => {
    // Raw: p = 6.2496, q = 3.7442, γ = 15.4435: the file's zbar is rounded to 2 decimals.
    expect(raw.repeatSpend.filter((_, i) => raw.frequency[i]! > 0)).toHaveLength(946);
    const fit = fitGammaGamma({ frequency: raw.frequency, monetary: raw.repeatSpend });
    if (!fit.ok) throw new Error(fit.message);
    const { p, q, gamma } = fit.params;
    expect(agreesTo3Digits(p, PUBLISHED.gammaGamma.p)).toBe(true);
    expect(agreesTo3Digits(q, PUBLISHED.gammaGamma.q)).toBe(true);
    expect(agreesTo3Digits(gamma, PUBLISHED.gammaGamma.gamma)).toBe(true);
  });

  it('shrinks a customer’s mean towards the population mean pγ/(q−1)', () => {
    const params = { p: 6.2488, q: 3.7446, gamma: 15.4477 };
    const population = (params.p * params.gamma) / (params.q - 1);
    expect(gammaGammaExpectedSpend(params, 0, 0)).toBeCloseTo(population, 10);
    const oneVisit = gammaGammaExpectedSpend(params, 1, 100);
    const manyVisits = gammaGammaExpectedSpend(params, 50, 100);
    expect(oneVisit).toBeGreaterThan(population);
    expect(manyVisits).toBeGreaterThan(oneVisit);
    expect(manyVisits).toBeLessThan(100);
  });
});
