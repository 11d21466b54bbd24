import { digamma } from '../../math/digamma.ts';
import { logGamma } from '../../math/log-gamma.ts';
import type { Objective } from '../../math/optimizer-types.ts';
import type { CompressedRows } from '../compress.ts';
import { distinctValues } from '../distinct-values.ts';

/** Gamma-Gamma parameters: spend per transaction ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/**
 * −ln L and its gradient in ln(p, q, γ) for rows (x, m̄) of repeat customers (Fader, Hardie &
 * Lee 2005, "RFM and CLV", eq. 4), with the density of the mean m̄ of x transactions:
 * ln f = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m̄ + px ln x − (px+q) ln(γ + m̄x).
 */
export function gammaGammaObjective({ columns, weights }: CompressedRows): Objective {
  const [frequency, spend] = columns as [Float64Array, Float64Array];
  const byX = distinctValues(frequency, weights);
  // Σ w·(x ln x + x ln m̄) per distinct x: the only data terms multiplied by p.
  const logTermsByX = new Float64Array(byX.values.length);
  let weightedLogSpend = 0;
  for (let i = 0; i < weights.length; i++) {
    const x = frequency[i]!;
    const logSpend = Math.log(spend[i]!);
    logTermsByX[byX.index[i]!]! += weights[i]! * x * (Math.log(x) + logSpend);
    weightedLogSpend += weights[i]! * logSpend;
  }
  let totalWeight = 0;
  for (const w of weights) totalWeight += w;
  return (u, gradient) => {
    const [p, q, gamma] = [Math.exp(u[0]!), Math.exp(u[1]!), Math.exp(u[2]!)];
    const logScale = Math.log(gamma);
    let ll = totalWeight * (q * logScale - logGamma(q)) - weightedLogSpend;
    let dq = totalWeight * (logScale - digamma(q));
    let dp = 0;
    let dGamma = (totalWeight * q) / gamma;
    // Gamma-function terms depend on x only: once per distinct frequency.
    for (let j = 0; j < byX.values.length; j++) {
      const x = byX.values[j]!;
      const w = byX.weights[j]!;
      const px = p * x;
      const psiSum = digamma(px + q);
      ll += w * (logGamma(px + q) - logGamma(px)) + p * logTermsByX[j]!;
      dp += w * x * (psiSum - digamma(px)) + logTermsByX[j]!;
      dq += w * psiSum;
    }
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      const x = frequency[i]!;
      const pooled = gamma + spend[i]! * x;
      const logPooled = Math.log(pooled);
      ll -= w * (p * x + q) * logPooled;
      dp -= w * x * logPooled;
      dq -= w * logPooled;
      dGamma -= (w * (p * x + q)) / pooled;
    }
    gradient[0] = -p * dp;
    gradient[1] = -q * dq;
    gradient[2] = -gamma * dGamma;
    return -ll;
  };
}
