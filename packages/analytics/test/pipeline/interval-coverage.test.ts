import { describe, expect, it } from 'vitest';
import { intervalCoverage } from './interval-coverage.ts';

/**
 * The 80 % intervals hold the truth about 80 % of the time, on small simulated shops (about
 * 220 customers over two years, a three-month horizon to keep the test quick). The larger run —
 * 200 shops of ~730 customers, 12 months — is bench/analytics/interval-coverage.ts, its result
 * in docs/analytics/models.md. An interval ignoring the parameters' uncertainty (or counting it
 * twice) lands far outside 75–85 %.
 */
describe('80 % intervals on simulated shops', () => {
  const coverage = intervalCoverage({
    shops: 56,
    firstSeed: 1,
    days: 730,
    arrivalsPerDay: 0.3,
    horizonDays: 91.3,
  });

  it('are given for at least 50 shops', () => {
    expect(coverage.shopsWithIntervals).toBeGreaterThanOrEqual(50);
  });

  it('hold each customer’s true expected purchases, P(alive) and CLV 75–85 % of the time', () => {
    for (const share of [
      coverage.customerPurchases,
      coverage.customerPAlive,
      coverage.customerClv,
    ]) {
      expect(share).toBeGreaterThanOrEqual(0.75);
      expect(share).toBeLessThanOrEqual(0.85);
    }
  });

  it('hold the shop’s true totals 75–85 % of the time', () => {
    for (const share of [coverage.totalPurchases, coverage.totalClv]) {
      expect(share).toBeGreaterThanOrEqual(0.75);
      expect(share).toBeLessThanOrEqual(0.85);
    }
  });
});
