import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, logBeta, logGamma, logHyp2f1 } from '../../src/models/index.ts';

/** |actual − expected| ≤ tolerance · |expected|. */
function expectRelative(actual: number, expected: number, tolerance: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('logGamma', () => {
  // Reference values: closed forms, or mpmath.loggamma at 40 digits.
  it.each([
    [10, Math.log(362880)],
    [0.5, 0.5 * Math.log(Math.PI)],
    [0.1, 2.252712651734206],
    [33.3, 82.60372358165495],
    [1000, 5905.220423209181],
    [-0.5, Math.log(2 * Math.sqrt(Math.PI))],
  ])('ln Γ(%d)', (x, expected) => expectRelative(logGamma(x), expected, 1e-14));

  it('is within 5e-15 of the zeros at 1 and 2', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(5e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(5e-15);
  });

  it('logBeta(2, 3) = ln(1/12)', () => expectRelative(logBeta(2, 3), -Math.log(12), 1e-14));
});

describe('digamma', () => {
  it.each([
    [1, -0.5772156649015329],
    [0.5, -0.5772156649015329 - 2 * Math.LN2],
    [2.5, 0.7031566406452432],
  ])('ψ(%d)', (x, expected) => expect(Math.abs(digamma(x) - expected)).toBeLessThan(5e-14));
});

describe('hyp2f1', () => {
  it.each([0.1, 0.5, 0.6, 0.9, 0.999999])('₂F₁(1, 1; 2; z) = −ln(1 − z)/z at z = %d', (z) => {
    // c − a − b = 0 here: the near-integer path of the 1 − z transformation for z > 0.5.
    expectRelative(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-9);
  });

  it.each([0.2, 0.8, 0.99])('₂F₁(½, ½; 3/2; z²) = arcsin(z)/z at z = %d', (z) => {
    expectRelative(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z, 1e-12);
  });

  it('₂F₁(a, b; b; z) = (1 − z)^−a, including negative z (Pfaff)', () => {
    for (const z of [-5, -0.5, 0.3, 0.75, 0.97])
      expectRelative(hyp2f1(2.7, 1.3, 1.3, z), (1 - z) ** -2.7, 1e-12);
  });

  // mpmath.hyp2f1 at 40 digits; the c = a + 1 cases are those of the Pareto/NBD likelihood.
  it.each([
    [2.3, 1.7, 3.3, 0.95, 20.21684898620916],
    [10.5, 1.6, 11.5, 0.99, 182.967384076734],
    [50.2, 30.1, 51.2, 0.97, 3.490805084334272e44],
    [1.2, 3.4, 2.2, -3, 0.1023058120887608],
    [3, 2, 4.5, 0.9999, 996.5944379581433],
    [0.8, 12.6, 13.4, 0.0912, 1.07439013972795],
    [12.8, 2.6, 13.8, 0.5, 5.137345859802152],
  ])('₂F₁(%d, %d; %d; %d) matches mpmath', (a, b, c, z, expected) => {
    expectRelative(hyp2f1(a, b, c, z), expected, 1e-12);
  });

  it('sums past a negative lower parameter, where tiny terms grow again (regression)', () => {
    // 1 − z transformation with c − a − b = −89.05: its second series has c' = −88.05. Found by
    // the property tests of BG/NBD (x = 93); reference ln F from mpmath.
    const log = logHyp2f1(93.05, 94.82004242718928, 98.82004242718925, 0.6098097584472324);
    expectRelative(log, 83.95409102294333, 1e-12);
  });

  it('logHyp2f1 stays finite where ₂F₁ itself overflows', () => {
    // (1 − z)^−a with a = 400 and z = 0.9 is 1e400.
    expectRelative(logHyp2f1(400, 7, 7, 0.9), 400 * Math.log(10), 1e-12);
  });
});
