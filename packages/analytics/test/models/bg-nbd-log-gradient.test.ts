import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BetaGeometricParams } from '../../src/models/bg-nbd/predict.ts';
import { bgNbd, mbgNbd } from '../../src/models/index.ts';
import type { CustomerHistory } from '../../src/models/types.ts';

const KEYS = ['r', 'alpha', 'a', 'b'] as const;

/** ∂ln f/∂ln θ by Richardson-extrapolated central differences of the value function. */
function centralLogGradient(
  params: BetaGeometricParams,
  f: (params: BetaGeometricParams) => number,
): number[] {
  return KEYS.map((key) => {
    const at = (step: number) => Math.log(f({ ...params, [key]: params[key] * Math.exp(step) }));
    const central = (h: number) => (at(h) - at(-h)) / (2 * h);
    // Wide steps: the value has ~1e-10 noise where the 1 − z transformation cancels.
    const h = 2e-3;
    return (4 * central(h / 2) - central(h)) / 3;
  });
}

function expectClose(actual: ArrayLike<number>, expected: number[], tolerance: number): void {
  const scale = Math.max(1, ...expected.map(Math.abs));
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i]! - expected[i]!), `∂/∂ln ${KEYS[i]}`).toBeLessThan(tolerance * scale);
  }
}

const params = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.5, max: 60, noNaN: true }),
  // a = 1 ± 1e-6 is the removable singularity, covered below.
  a: fc.oneof(fc.double({ min: 0.1, max: 0.99, noNaN: true }), fc.double({ min: 1.01, max: 6 })),
  b: fc.double({ min: 0.1, max: 12, noNaN: true }),
});
const history = fc
  .record({
    x: fc.integer({ min: 0, max: 60 }),
    T: fc.double({ min: 1, max: 80, noNaN: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(
    ({ x, T, share }): CustomerHistory => ({
      frequency: x,
      recency: x === 0 ? 0 : T * share,
      T,
    }),
  );
const horizon = fc.double({ min: 0.5, max: 60, noNaN: true });

describe.each([
  ['BG/NBD', bgNbd],
  ['MBG/NBD', mbgNbd],
])('%s analytic log-gradients', (_, model) => {
  it('P(alive): the value-only figure and the gradient of central differences', () => {
    fc.assert(
      fc.property(params, history, (p, customer) => {
        const gradient = new Float64Array(4);
        const value = model.probabilityAliveWithLogGradient!(p, customer, gradient);
        expect(value).toBe(model.probabilityAlive(p, customer));
        fc.pre(value > 1e-250);
        expectClose(
          gradient,
          centralLogGradient(p, (q) => model.probabilityAlive(q, customer)),
          1e-6,
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('E[Y(t) | history]: the value-only figure and the gradient of central differences', () => {
    fc.assert(
      fc.property(params, history, horizon, (p, customer, t) => {
        const gradient = new Float64Array(4);
        const value = model.conditionalExpectedPurchasesWithLogGradient!(p, customer, t, gradient);
        expect(value).toBe(model.conditionalExpectedPurchases(p, customer, t));
        fc.pre(value > 1e-250);
        expectClose(
          gradient,
          centralLogGradient(p, (q) => model.conditionalExpectedPurchases(q, customer, t)),
          1e-6,
        );
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it('differences the value within 1e-6 of a = 1, where the value averages two neighbours', () => {
    const p = { r: 0.24, alpha: 4.4, a: 1 + 4e-7, b: 2.4 };
    const customer = { frequency: 2, recency: 30.43, T: 38.86 };
    const gradient = new Float64Array(4);
    const value = model.conditionalExpectedPurchasesWithLogGradient!(p, customer, 39, gradient);
    expect(value).toBe(model.conditionalExpectedPurchases(p, customer, 39));
    const expected = centralLogGradient(p, (q) =>
      model.conditionalExpectedPurchases(q, customer, 39),
    );
    expectClose(gradient, expected, 1e-5);
  });

  it('writes the gradient in the order of the parameters’ keys', () => {
    const customer = { frequency: 3, recency: 20, T: 38.86 };
    const inOrder = new Float64Array(4);
    const reordered = new Float64Array(4);
    model.conditionalExpectedPurchasesWithLogGradient!(
      { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
      customer,
      39,
      inOrder,
    );
    model.conditionalExpectedPurchasesWithLogGradient!(
      { b: 2.4, a: 0.79, alpha: 4.4, r: 0.24 },
      customer,
      39,
      reordered,
    );
    expect([...reordered]).toEqual([...inOrder].reverse());
  });
});
