/**
 * A seeded source of uniform numbers. Everything random in the analytics package takes one of
 * these explicitly, so the same seed always gives the same shop.
 */
export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform in (0, 1): safe to take the logarithm of. */
  nextOpen(): number;
}

/** SplitMix32 step: spreads a 32-bit state into a well-mixed output (used only for seeding). */
function splitMix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Mixes a seed and a stream number into a new 32-bit seed, so each customer of a simulation can
 * have its own independent stream: changing one customer's behaviour never shifts the others.
 *
 * @example
 * deriveSeed(42, 7) === deriveSeed(42, 7); // true
 * deriveSeed(42, 7) !== deriveSeed(42, 8); // true
 */
export function deriveSeed(seed: number, stream: number): number {
  // Both halves of a 53-bit integer seed count.
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  return splitMix32(splitMix32(splitMix32(low) ^ high) ^ (stream >>> 0));
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of state, passes
 * PractRand, a few integer operations per number, and deterministic across JavaScript engines
 * because it uses only 32-bit integer arithmetic.
 *
 * @example
 * const random = createRandom(2026);
 * random.next(); // the same number on every run and every machine
 */
export function createRandom(seed: number): Random {
  let s = deriveSeed(seed, 0);
  const words = [0, 0, 0, 0].map(() => {
    s = splitMix32(s);
    return s;
  });
  let [a, b, c, d] = words as [number, number, number, number];
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of sfc32 still reflect the seed's structure; discard them.
  for (let i = 0; i < 12; i += 1) nextUint32();
  return {
    next: () => nextUint32() / 0x1_0000_0000,
    nextOpen: () => (nextUint32() + 0.5) / 0x1_0000_0000,
  };
}
