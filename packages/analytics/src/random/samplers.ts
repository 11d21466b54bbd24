import type { Random } from './prng.ts';

/**
 * Exponential waiting time with the given rate (mean 1 / rate).
 *
 * @example
 * exponential(createRandom(1), 0.5); // a waiting time of mean 2
 */
export function exponential(random: Random, rate: number): number {
  return -Math.log(random.nextOpen()) / rate;
}

/**
 * Standard normal draw (Box–Muller; one of the pair is dropped so each call uses exactly two
 * uniforms, which keeps streams easy to reason about).
 *
 * @example
 * normal(createRandom(1)); // mean 0, variance 1
 */
export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(random.nextOpen())) * Math.cos(2 * Math.PI * random.next());
}

/**
 * Gamma draw with the given shape and *rate* (mean shape / rate, the parameterisation of BG/NBD's
 * Gamma(r, α) and of Gamma-Gamma). Marsaglia–Tsang (2000) squeeze-and-reject for shape ≥ 1; for
 * shape < 1, the boost Gamma(shape) = Gamma(shape + 1) × U^(1 / shape).
 *
 * @example
 * gamma(createRandom(1), 2, 0.5); // mean 4, variance 8
 */
export function gamma(random: Random, shape: number, rate: number): number {
  if (!(shape > 0) || !(rate > 0))
    throw new RangeError(`gamma: shape and rate must be > 0 (${shape}, ${rate})`);
  if (shape < 1) return gamma(random, shape + 1, rate) * random.nextOpen() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random.nextOpen();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
      return (d * v) / rate;
    }
  }
}

/**
 * Beta draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b).
 *
 * @example
 * beta(createRandom(1), 1, 3); // mean 0.25
 */
export function beta(random: Random, a: number, b: number): number {
  const x = gamma(random, a, 1);
  const y = gamma(random, b, 1);
  return x / (x + y);
}

/** Above this mean, Knuth's product of uniforms is split into pieces (e^-λ would underflow). */
const KNUTH_LIMIT = 30;

/**
 * Poisson count with the given mean: Knuth's multiplication method, on pieces of mean ≤ 30
 * summed for larger means (a sum of Poissons is Poisson). O(mean), ample for daily arrivals.
 *
 * @example
 * poisson(createRandom(1), 2.7); // mean 2.7
 */
export function poisson(random: Random, mean: number): number {
  if (!(mean >= 0)) throw new RangeError(`poisson: mean must be ≥ 0, got ${mean}`);
  let count = 0;
  let remaining = mean;
  while (remaining > 0) {
    const piece = Math.min(remaining, KNUTH_LIMIT);
    remaining -= piece;
    const limit = Math.exp(-piece);
    let product = random.next();
    while (product > limit) {
      count += 1;
      product *= random.next();
    }
  }
  return count;
}
