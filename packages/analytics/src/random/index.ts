export { createRandom, deriveSeed, type Random } from './prng.ts';
export { beta, exponential, gamma, normal, poisson } from './samplers.ts';
