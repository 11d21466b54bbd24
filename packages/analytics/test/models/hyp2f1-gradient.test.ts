import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digamma } from '../../src/math/digamma.ts';
import { hyp2f1Signed, hyp2f1SignedWithGradient } from '../../src/math/hyp2f1.ts';

type Point = [a: number, b: number, c: number, z: number];

/**
 * ∂ln|F|/∂(a, b, c, z) by Richardson-extrapolated central differences of the value function,
 * with a flag saying whether two step sizes agree (differences are only trustworthy then).
 */
function reference(point: Point, step = 3e-5): { gradient: number[]; trustworthy: boolean } {
  const logAt = (i: number, h: number) => {
    const p = [...point] as Point;
    p[i] = point[i]! + h;
    return hyp2f1Signed(...p).log;
  };
  const gradient: number[] = [];
  let trustworthy = true;
  for (let i = 0; i < 4; i++) {
    let h = step * Math.max(1, Math.abs(point[i]!));
    if (i === 3) h = Math.min(h, 0.01 * (1 - point[3]));
    const central = (s: number) => (logAt(i, s) - logAt(i, -s)) / (2 * s);
    const coarse = central(h);
    const fine = central(h / 2);
    const extrapolated = (4 * fine - coarse) / 3;
    if (!(Math.abs(fine - coarse) <= 1e-4 * Math.max(1, Math.abs(extrapolated))))
      trustworthy = false;
    gradient.push(extrapolated);
  }
  return { gradient, trustworthy };
}

function expectGradient(point: Point, tolerance = 1e-6, step?: number): void {
  const gradient = new Float64Array(4);
  const value = hyp2f1SignedWithGradient(...point, gradient);
  // The value beside the gradient is the value-only function's, bit for bit.
  expect(value).toEqual(hyp2f1Signed(...point));
  const { gradient: expected } = reference(point, step);
  const scale = Math.max(1, ...expected.map(Math.abs));
  for (let i = 0; i < 4; i++) {
    expect(Math.abs(gradient[i]! - expected[i]!), `∂/∂${'abcz'[i]} at ${point}`).toBeLessThan(
      tolerance * scale,
    );
  }
}

describe('hyp2f1SignedWithGradient', () => {
  const series: Point[] = [];
  for (const a of [0.3, 2.5, 12.4])
    for (const b of [0.7, 3.1])
      for (const c of [1.45, 5.15, -2.35])
        for (const z of [0.05, 0.3, 0.5]) series.push([a, b, c, z]);
  it.each(series)('series: (%d, %d; %d; %d)', (a, b, c, z) => expectGradient([a, b, c, z]));

  const transformed: Point[] = [];
  for (const a of [0.3, 2.5, 12.4])
    for (const b of [0.7, 3.1])
      for (const c of [1.45, 5.15, -2.35])
        for (const z of [0.6, 0.8, 0.95, 0.999]) transformed.push([a, b, c, z]);
  it.each(transformed)('1 − z transformation: (%d, %d; %d; %d)', (a, b, c, z) =>
    expectGradient([a, b, c, z]),
  );

  it.each<Point>([
    // The BG/NBD conditional expectation of a frequent buyer: c − a − b ≈ −89.
    [93.05, 94.82004242718928, 98.82004242718925, 0.6098097584472324],
    [120.3, 150.7, 152.1, 0.3],
    [60.2, 80.4, 80.1, 0.9],
  ])('large parameters: (%d, %d; %d; %d)', (a, b, c, z) => expectGradient([a, b, c, z]));

  // c − a − b within 1e-5 of an integer: the value is good to ~1e-9 there, so the reference
  // takes wider steps and both gradients agree to ~1e-5.
  it.each<Point>([
    [1, 1, 2, 0.9],
    [1.3, 2.2, 3.5 + 3e-6, 0.8],
    [2.5, 0.7, 5.2, 0.6],
  ])('near-integer c − a − b: (%d, %d; %d; %d)', (a, b, c, z) =>
    expectGradient([a, b, c, z], 2e-5, 1e-3),
  );

  it.each<Point>([
    [50.2, 30.1, 51.2, 0.97], // the 1 − z transformation cancels: Euler's series
    [100.2, 103.4, 102.6, 0.7], // the same for a frequent buyer of BG/NBD (x = 100)
    [150.3, 152.1, 151.9, 0.9],
    [1.2, 3.4, 2.2, -3], // Pfaff
    [2.7, 1.3, 1.3, -0.5],
  ])('rarer paths: (%d, %d; %d; %d)', (a, b, c, z) => expectGradient([a, b, c, z]));

  it('follows the value on random parameters wherever differences are trustworthy', () => {
    const parameter = fc.double({ min: 0.05, max: 60, noNaN: true });
    fc.assert(
      fc.property(
        parameter,
        parameter,
        fc.double({ min: -30, max: 80, noNaN: true }),
        fc.double({ min: -3, max: 0.99, noNaN: true }),
        (a, b, c, z) => {
          // c at or next to a non-positive integer is outside the function's domain.
          fc.pre(c > 0.5 || Math.abs(c - Math.round(c)) > 0.01);
          const point: Point = [a, b, c, z];
          const value = hyp2f1Signed(...point);
          fc.pre(Number.isFinite(value.log) && value.sign !== 0);
          fc.pre(reference(point).trustworthy);
          expectGradient(point);
        },
      ),
      { numRuns: 200, seed: 12 },
    );
  });
});

describe('digamma off the positive axis', () => {
  it.each([-0.5, -1.3, -7.75, 0.25])('satisfies ψ(x + 1) = ψ(x) + 1/x at x = %d', (x) => {
    expect(Math.abs(digamma(x + 1) - digamma(x) - 1 / x)).toBeLessThan(
      1e-12 * (1 + 1 / Math.abs(x)),
    );
  });

  it('ψ(−½) = 2 − γ − 2 ln 2', () => {
    expect(Math.abs(digamma(-0.5) - (2 - 0.5772156649015329 - 2 * Math.LN2))).toBeLessThan(5e-14);
  });

  it('is NaN at the poles', () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-3)).toBeNaN();
  });
});

describe('₂F₁ evaluated one parameter set after another', () => {
  it('gives each set the same value and gradient whatever set came before (the 1 − z transformation keeps the last set’s Gamma factors)', () => {
    // On the 1 − z path (z > 0.5, c − a − b not near an integer); consecutive sets differ in
    // one parameter only, or only in z.
    const points: Point[] = [
      [1.4, 12.1, 14.3, 0.8],
      [2.4, 12.1, 14.3, 0.8],
      [2.4, 13.1, 14.3, 0.8],
      [2.4, 13.1, 15.8, 0.8],
      [2.4, 13.1, 15.8, 0.65],
    ];
    const fresh = (p: Point) => {
      hyp2f1SignedWithGradient(0.9, 0.8, 3.3, 0.7, new Float64Array(4)); // another set first
      const g = new Float64Array(4);
      return { log: hyp2f1SignedWithGradient(...p, g).log, g: [...g] };
    };
    const expected = points.map(fresh);
    for (const [k, p] of points.entries()) {
      const g = new Float64Array(4);
      expect(hyp2f1SignedWithGradient(...p, g).log).toBe(expected[k]!.log);
      expect([...g]).toEqual(expected[k]!.g);
    }
    // The value alone, then the gradient for the same set: its digammas are computed then.
    hyp2f1Signed(3.4, 13.1, 15.8, 0.8);
    const g = new Float64Array(4);
    hyp2f1SignedWithGradient(3.4, 13.1, 15.8, 0.75, g);
    const { gradient } = reference([3.4, 13.1, 15.8, 0.75]);
    for (let i = 0; i < 4; i++) {
      expect(Math.abs(g[i]! - gradient[i]!)).toBeLessThan(
        1e-4 * Math.max(1, Math.abs(gradient[i]!)),
      );
    }
  });
});
