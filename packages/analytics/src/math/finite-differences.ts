import type { Objective } from './optimizer-types.ts';

// ≈ ε^(1/3): balances truncation (O(h²)) against rounding (O(ε/h)) for central differences.
const RELATIVE_STEP = 6e-6;

/**
 * Turns a value-only function into an {@link Objective} with central-difference gradients
 * (2n extra evaluations, about 1e-10 relative accuracy). For models whose analytic gradient is
 * impractical, such as the Pareto/NBD likelihood with its hypergeometric terms.
 *
 * @example
 * const objective = withCentralDifferences((x) => x[0]! ** 2);
 * const g = new Float64Array(1);
 * objective(Float64Array.of(3), g); // 9, and g[0] ≈ 6
 */
export function withCentralDifferences(f: (x: Float64Array) => number): Objective {
  return (x, gradient) => {
    const probe = Float64Array.from(x);
    for (let i = 0; i < x.length; i++) {
      const h = RELATIVE_STEP * Math.max(1, Math.abs(x[i]!));
      probe[i] = x[i]! + h;
      const up = f(probe);
      probe[i] = x[i]! - h;
      const down = f(probe);
      probe[i] = x[i]!;
      gradient[i] = (up - down) / (2 * h);
    }
    return f(x);
  };
}
