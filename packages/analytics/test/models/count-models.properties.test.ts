import fc from 'fast-check';
import { describe, it } from 'vitest';
import { bgNbd, mbgNbd, type PurchaseCountModel, paretoNbd } from '../../src/models/index.ts';

// One suite for every count model: the properties any "buy till you die" model must have.
const arbitraryParams = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
  a: fc.double({ min: 0.2, max: 5, noNaN: true }),
  b: fc.double({ min: 0.2, max: 10, noNaN: true }),
});
const asParams = (model: string, p: { r: number; alpha: number; a: number; b: number }) =>
  model === 'Pareto/NBD' ? { r: p.r, alpha: p.alpha, s: p.a, beta: p.b * 5 } : p;

const arbitraryCustomer = fc
  .record({
    frequency: fc.integer({ min: 0, max: 150 }),
    T: fc.double({ min: 1, max: 100, noNaN: true }),
    share: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .map(({ frequency, T, share }) => ({ frequency, T, recency: frequency === 0 ? 0 : share * T }));

describe.each([bgNbd, mbgNbd, paretoNbd] as PurchaseCountModel<unknown>[])(
  '$name properties',
  (model) => {
    it('P(alive) is a probability, also for zero-repeat and very frequent customers', () => {
      fc.assert(
        fc.property(arbitraryParams, arbitraryCustomer, (p, customer) => {
          const alive = model.probabilityAlive(asParams(model.name, p), customer);
          return alive >= 0 && alive <= 1;
        }),
      );
    });

    // 1e-7: ₂F₁ is accurate to ~1e-9 near integer c − a − b, so allow that much jitter.
    it('expected purchases are finite, ≥ 0 and grow with the horizon', () => {
      fc.assert(
        fc.property(
          arbitraryParams,
          arbitraryCustomer,
          fc.double({ min: 0.1, max: 52, noNaN: true }),
          (p, customer, t) => {
            const params = asParams(model.name, p);
            const shorter = model.conditionalExpectedPurchases(params, customer, t);
            const longer = model.conditionalExpectedPurchases(params, customer, 2 * t);
            const population = model.expectedPurchases(params, t);
            return (
              Number.isFinite(shorter) &&
              shorter >= 0 &&
              longer >= shorter * (1 - 1e-7) &&
              Number.isFinite(population) &&
              population >= 0 &&
              model.expectedPurchases(params, 2 * t) >= population
            );
          },
        ),
        { numRuns: 60 },
      );
    });

    it('compression preserves the log-likelihood: weights equal repeated rows', () => {
      fc.assert(
        fc.property(
          arbitraryParams,
          fc.array(fc.tuple(arbitraryCustomer, fc.integer({ min: 1, max: 4 })), {
            minLength: 1,
            maxLength: 12,
          }),
          (p, rows) => {
            const params = asParams(model.name, p);
            const expanded = rows.flatMap(([c, n]) => Array.from({ length: n }, () => c));
            const repeated = {
              frequency: expanded.map((c) => c.frequency),
              recency: expanded.map((c) => c.recency),
              T: expanded.map((c) => c.T),
            };
            const weighted = {
              frequency: rows.map(([c]) => c.frequency),
              recency: rows.map(([c]) => c.recency),
              T: rows.map(([c]) => c.T),
              weights: rows.map(([, n]) => n),
            };
            const a = model.logLikelihood(params, repeated);
            const b = model.logLikelihood(params, weighted);
            return Number.isFinite(a) && Math.abs(a - b) <= 1e-9 * Math.abs(a);
          },
        ),
        { numRuns: 40 },
      );
    });
  },
);
