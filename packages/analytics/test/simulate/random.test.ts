import { describe, expect, it } from 'vitest';
import {
  beta,
  createRandom,
  deriveSeed,
  exponential,
  gamma,
  normal,
  poisson,
} from '../../src/simulate/index.ts';

const N = 200_000;

function moments(draw: () => number): { mean: number; variance: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < N; i += 1) {
    const x = draw();
    sum += x;
    squares += x * x;
  }
  const mean = sum / N;
  return { mean, variance: squares / N - mean * mean };
}

/**
 * The sample mean of N draws is within 4.5 standard errors of the true mean with probability
 * 1 − 7e-6; with fixed seeds the test is deterministic, and a wrong sampler (say, scale taken for
 * rate) misses by hundreds of standard errors. Variances get a 4 % relative band, several of their
 * own standard errors at N = 200 000 for these shapes.
 */
function expectMoments(draw: () => number, mean: number, variance: number) {
  const observed = moments(draw);
  expect(Math.abs(observed.mean - mean)).toBeLessThan(4.5 * Math.sqrt(variance / N));
  expect(observed.variance / variance).toBeGreaterThan(0.96);
  expect(observed.variance / variance).toBeLessThan(1.04);
}

describe('createRandom (sfc32)', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const sequence = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(sequence(42)).toEqual(sequence(42));
    expect(sequence(42)).not.toEqual(sequence(43));
    expect(sequence(2 ** 40)).not.toEqual(sequence(0)); // high bits of a large seed count
  });

  it('stays in [0, 1) and (0, 1), with a uniform mean and variance', () => {
    const random = createRandom(1);
    for (let i = 0; i < 10_000; i += 1) {
      const x = random.next();
      const y = random.nextOpen();
      expect(x >= 0 && x < 1 && y > 0 && y < 1).toBe(true);
    }
    expectMoments(() => random.next(), 0.5, 1 / 12);
  });

  it('derives distinct streams', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => deriveSeed(7, i)));
    expect(seeds.size).toBe(10_000);
  });
});

describe('samplers match their textbook moments', () => {
  const random = createRandom(2026);

  it('exponential(rate): mean 1 / rate, variance 1 / rate²', () => {
    expectMoments(() => exponential(random, 0.25), 4, 16);
  });

  it('normal: mean 0, variance 1', () => {
    expectMoments(() => normal(random), 0, 1);
  });

  it.each([
    [0.3, 6],
    [1, 1],
    [2.5, 0.5],
    [9, 1_050],
  ])('gamma(shape %s, rate %s): mean k / θ, variance k / θ²', (shape, rate) => {
    expectMoments(() => gamma(random, shape, rate), shape / rate, shape / rate ** 2);
  });

  it.each([
    [0.5, 30],
    [2, 3],
  ])('beta(%s, %s): mean a / (a + b), variance ab / ((a + b)² (a + b + 1))', (a, b) => {
    expectMoments(() => beta(random, a, b), a / (a + b), (a * b) / ((a + b) ** 2 * (a + b + 1)));
  });

  it.each([0.7, 2.75, 45])('poisson(%s): mean = variance = λ', (mean) => {
    expectMoments(() => poisson(random, mean), mean, mean);
  });

  it('rejects invalid parameters', () => {
    expect(() => gamma(random, 0, 1)).toThrow(RangeError);
    expect(() => poisson(random, -1)).toThrow(RangeError);
  });
});
