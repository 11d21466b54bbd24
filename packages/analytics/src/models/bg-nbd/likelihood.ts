import { digamma } from '../../math/digamma.ts';
import { logGamma } from '../../math/log-gamma.ts';
import type { Objective } from '../../math/optimizer-types.ts';
import type { CompressedRepeatPurchases } from '../compress.ts';
import { distinctValues } from '../distinct-values.ts';

/**
 * BG/NBD and MBG/NBD differ in one place: MBG lets a customer drop out right after the first
 * purchase too, which adds one "coin flip" (b + x → b + x + 1) and makes the dropped-out
 * branch possible for x = 0. `dropoutAtFirstPurchase` selects the variant.
 */
export interface BetaGeometricVariant {
  dropoutAtFirstPurchase: boolean;
}

/**
 * −ln L and its gradient in u = ln(r, α, a, b), for compressed data (Fader, Hardie & Lee 2005,
 * eq. 6; Batislam et al. 2007 for the MBG variant):
 * ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x+k) − ln B(a, b)
 *        + ln[(α+T)^−(r+x) + δ · a/(b+x−1+k) · (α+t_x)^−(r+x)],  k = 1 for MBG, else 0,
 * δ = 1 when x > 0 (always for MBG). The bracket is a log-sum-exp of two log terms.
 */
export function betaGeometricObjective(
  data: CompressedRepeatPurchases,
  { dropoutAtFirstPurchase }: BetaGeometricVariant,
): Objective {
  const k = dropoutAtFirstPurchase ? 1 : 0;
  const byX = distinctValues(data.frequency, data.weights);
  const byT = distinctValues(data.T, data.weights);
  const byRecency = distinctValues(data.recency, data.weights);
  const xs = byX.values;
  const hasDropoutBranch = xs.map((x) => (x > 0 || dropoutAtFirstPurchase ? 1 : 0));
  const logDropoutFactor = new Float64Array(xs.length);
  const inverseDropoutDenominator = new Float64Array(xs.length);
  const logAlphaT = new Float64Array(byT.values.length);
  const inverseAlphaT = new Float64Array(byT.values.length);
  const logAlphaRecency = new Float64Array(byRecency.values.length);
  const inverseAlphaRecency = new Float64Array(byRecency.values.length);
  let totalWeight = 0;
  for (const w of data.weights) totalWeight += w;

  return (u, gradient) => {
    const [r, alpha, a, b] = [Math.exp(u[0]!), Math.exp(u[1]!), Math.exp(u[2]!), Math.exp(u[3]!)];
    const logAlpha = Math.log(alpha);
    // Terms shared by every row, then terms that depend on x only.
    let ll = totalWeight * (r * logAlpha - logGamma(r) + logGamma(a + b) - logGamma(b));
    let dr = totalWeight * (logAlpha - digamma(r));
    let dAlpha = (totalWeight * r) / alpha;
    const psiAB = digamma(a + b);
    let da = totalWeight * psiAB;
    let db = totalWeight * (psiAB - digamma(b));
    for (let j = 0; j < xs.length; j++) {
      const x = xs[j]!;
      const w = byX.weights[j]!;
      const psiABX = digamma(a + b + x + k);
      ll += w * (logGamma(r + x) + logGamma(b + x + k) - logGamma(a + b + x + k));
      dr += w * digamma(r + x);
      da -= w * psiABX;
      db += w * (digamma(b + x + k) - psiABX);
      // Only rows with a dropout branch use these; b − 1 may be ≤ 0 for the others.
      if (hasDropoutBranch[j]) {
        logDropoutFactor[j] = Math.log(a / (b + x - 1 + k));
        inverseDropoutDenominator[j] = 1 / (b + x - 1 + k);
      }
    }
    for (let j = 0; j < logAlphaT.length; j++) {
      logAlphaT[j] = Math.log(alpha + byT.values[j]!);
      inverseAlphaT[j] = 1 / (alpha + byT.values[j]!);
    }
    for (let j = 0; j < logAlphaRecency.length; j++) {
      logAlphaRecency[j] = Math.log(alpha + byRecency.values[j]!);
      inverseAlphaRecency[j] = 1 / (alpha + byRecency.values[j]!);
    }
    for (let i = 0; i < data.weights.length; i++) {
      const w = data.weights[i]!;
      const j = byX.index[i]!;
      const iT = byT.index[i]!;
      const iR = byRecency.index[i]!;
      const rx = r + xs[j]!;
      const aliveLog = -rx * logAlphaT[iT]!;
      // dropped: the share of the likelihood from "dropped out after the last purchase".
      let logSum = aliveLog;
      let dropped = 0;
      if (hasDropoutBranch[j]) {
        const deadLog = logDropoutFactor[j]! - rx * logAlphaRecency[iR]!;
        const d = deadLog - aliveLog;
        if (d > 0) {
          const e = Math.exp(-d);
          logSum = deadLog + Math.log1p(e);
          dropped = 1 / (1 + e);
        } else {
          const e = Math.exp(d);
          logSum = aliveLog + Math.log1p(e);
          dropped = e / (1 + e);
        }
      }
      const alive = 1 - dropped;
      ll += w * logSum;
      dr -= w * (alive * logAlphaT[iT]! + dropped * logAlphaRecency[iR]!);
      dAlpha -= w * rx * (alive * inverseAlphaT[iT]! + dropped * inverseAlphaRecency[iR]!);
      da += (w * dropped) / a;
      db -= w * dropped * inverseDropoutDenominator[j]!;
    }
    // Chain rule to log-parameters, and sign flip for minimisation.
    gradient[0] = -r * dr;
    gradient[1] = -alpha * dAlpha;
    gradient[2] = -a * da;
    gradient[3] = -b * db;
    return -ll;
  };
}
