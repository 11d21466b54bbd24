import { digamma } from '../../math/digamma.ts';
import { logGamma } from '../../math/log-gamma.ts';
import type { Objective } from '../../math/optimizer-types.ts';
import type { CompressedRepeatPurchases } from '../compress.ts';
import { distinctValues } from '../distinct-values.ts';
import { paretoNbdLogTailWithGradient } from './tail-gradient.ts';

/** Work left for an objective (series terms plus rows); NaN is returned once it runs out. */
export interface WorkBudget {
  remaining: number;
  exhausted: boolean;
  evaluations: number;
}

/**
 * The tails K(t) depend on (x, t) only, not on the whole history (x, t_x, T): they are computed
 * once per distinct (x, t) pair, far fewer than the rows (on 160,229 customers of the 1M-row
 * benchmark: 107,753 rows, but only a few thousand pairs).
 */
function tailPairs(data: CompressedRepeatPurchases, byX: ReturnType<typeof distinctValues>) {
  const n = data.weights.length;
  const pairOf = new Map<number, number>();
  const pairX: number[] = [];
  const pairT: number[] = [];
  // Both times in one array, without a spread (a list of 200,000 numbers in between).
  const times = new Float64Array(2 * n);
  times.set(data.recency);
  times.set(data.T, n);
  const byTime = distinctValues(times, new Float64Array(2 * n));
  const timeCount = byTime.values.length;
  const pairIndex = new Int32Array(2 * n);
  for (let k = 0; k < 2 * n; k++) {
    const key = byX.index[k % n]! * timeCount + byTime.index[k]!;
    let pair = pairOf.get(key);
    if (pair === undefined) {
      pair = pairX.length;
      pairOf.set(key, pair);
      pairX.push(byX.values[byX.index[k % n]!]!);
      pairT.push(byTime.values[byTime.index[k]!]!);
    }
    pairIndex[k] = pair;
  }
  return {
    x: Float64Array.from(pairX),
    t: Float64Array.from(pairT),
    ofRecency: pairIndex.subarray(0, n),
    ofT: pairIndex.subarray(n),
  };
}

/** Per (x, t) pair in the objective's pair array: ln K(t), ln A(t) and K(t)/A(t) (A: alive at t),
 * ln(α+t), 1/(α+t), ln(β+t), 1/(β+t), then ∇ ln K(t) in ln(r, α, s, β). */
const PAIR_LOG_TAIL = 0;
const PAIR_LOG_ALIVE = 1;
const PAIR_TAIL_OVER_ALIVE = 2;
const PAIR_LOG_ALPHA_T = 3;
const PAIR_INVERSE_ALPHA_T = 4;
const PAIR_LOG_BETA_T = 5;
const PAIR_INVERSE_BETA_T = 6;
const PAIR_TAIL_GRADIENT = 7;
const PAIR_STRIDE = 11;

/**
 * −ln L of the Pareto/NBD and its analytic gradient in u = ln(r, α, s, β), for compressed data:
 * ln L = ln Γ(r+x) − ln Γ(r) + r ln α + s ln β + ln[A + D], with
 * A = (α+T)^−(r+x) (β+T)^−s (alive at T) and D = s/(r+s+x) · (K(t_x) − K(T)) (dropped out in
 * (t_x, T]), K as in {@link paretoNbdLogTailWithGradient}. Each call charges its work to
 * `budget` and returns NaN once the budget is spent, so that an optimiser cannot run forever.
 */
export function paretoNbdObjective(
  data: CompressedRepeatPurchases,
  budget: WorkBudget,
): { objective: Objective; size: number } {
  const byX = distinctValues(data.frequency, data.weights);
  const pairs = tailPairs(data, byX);
  const pairCount = pairs.x.length;
  // What each row reads of its two pairs, side by side in one array (PAIR_* offsets): a row's
  // pairs are anywhere in it, and one array of pairs instead of eight halves the cache lines a
  // row touches (the objective took 13 % less time on the 1M-row benchmark's histories).
  const pairData = new Float64Array(PAIR_STRIDE * pairCount);
  const prefactor = new Float64Array(byX.values.length);
  const logDropoutShare = new Float64Array(byX.values.length); // ln(s/(r+s+x))
  const dropoutShare = new Float64Array(byX.values.length); // s/(r+s+x)
  const inverseRsx = new Float64Array(byX.values.length);
  const out = new Float64Array(5);
  const scratch = new Float64Array(4);
  let totalWeight = 0;
  for (const w of data.weights) totalWeight += w;

  const objective: Objective = (u, gradient) => {
    if (budget.exhausted) return Number.NaN;
    budget.evaluations++;
    const params = {
      r: Math.exp(u[0]!),
      alpha: Math.exp(u[1]!),
      s: Math.exp(u[2]!),
      beta: Math.exp(u[3]!),
    };
    const { r, alpha, s, beta } = params;
    const [logAlpha, logBeta, psiR, logGammaR] = [
      Math.log(alpha),
      Math.log(beta),
      digamma(r),
      logGamma(r),
    ];
    let ll = 0;
    let dr = totalWeight * (logAlpha - psiR);
    let dAlpha = (totalWeight * r) / alpha;
    let ds = totalWeight * logBeta;
    let dBeta = (totalWeight * s) / beta;
    for (let j = 0; j < byX.values.length; j++) {
      const x = byX.values[j]!;
      prefactor[j] = logGamma(r + x) - logGammaR + r * logAlpha + s * logBeta;
      dropoutShare[j] = s / (r + s + x);
      logDropoutShare[j] = Math.log(dropoutShare[j]!);
      inverseRsx[j] = 1 / (r + s + x);
      dr += byX.weights[j]! * digamma(r + x);
    }
    let work = data.weights.length;
    let unsummed = false;
    for (let p = 0; p < pairCount; p++) {
      const t = pairs.t[p]!;
      const o = PAIR_STRIDE * p;
      const logAlphaT = Math.log(alpha + t);
      const logBetaT = Math.log(beta + t);
      work += paretoNbdLogTailWithGradient(
        params,
        pairs.x[p]!,
        t,
        logAlphaT,
        logBetaT,
        out,
        scratch,
      );
      const logTail = out[0]!;
      // A series that did not settle makes the whole evaluation NaN (never a silent D = 0).
      if (Number.isNaN(logTail)) unsummed = true;
      const logAlive = -(r + pairs.x[p]!) * logAlphaT - s * logBetaT;
      pairData[o + PAIR_LOG_TAIL] = logTail;
      pairData[o + PAIR_LOG_ALIVE] = logAlive;
      pairData[o + PAIR_TAIL_OVER_ALIVE] = Math.exp(logTail - logAlive);
      pairData[o + PAIR_LOG_ALPHA_T] = logAlphaT;
      pairData[o + PAIR_INVERSE_ALPHA_T] = 1 / (alpha + t);
      pairData[o + PAIR_LOG_BETA_T] = logBetaT;
      pairData[o + PAIR_INVERSE_BETA_T] = 1 / (beta + t);
      for (let k = 0; k < 4; k++) pairData[o + PAIR_TAIL_GRADIENT + k] = out[k + 1]!;
    }
    budget.remaining -= work;
    if (budget.remaining < 0) budget.exhausted = true;

    for (let i = 0; i < data.weights.length; i++) {
      const w = data.weights[i]!;
      const j = byX.index[i]!;
      const rx = r + byX.values[j]!;
      const atT = PAIR_STRIDE * pairs.ofT[i]!;
      const atRecency = PAIR_STRIDE * pairs.ofRecency[i]!;
      const logAlive = pairData[atT + PAIR_LOG_ALIVE]!;
      const fromRecency = pairData[atRecency + PAIR_LOG_TAIL]!;
      const fromT = pairData[atT + PAIR_LOG_TAIL]!;
      const tailOverAlive = pairData[atT + PAIR_TAIL_OVER_ALIVE]!;
      // Tails within rounding of each other (t_x = T) leave no room to drop out: D = 0.
      let dropped = 0;
      let logSum = logAlive;
      // D/A = s/(r+s+x) · (K(t_x) − K(T))/A in linear scale: one exp and one log1p per row.
      // When K(t_x)/A overflows (many purchases long before T), the same in log scale.
      const recencyOverAlive = Math.exp(fromRecency - logAlive);
      let linear = recencyOverAlive < 1e300;
      let remaining = 0; // log scale only: 1 − K(T)/K(t_x)
      if (fromRecency > fromT && linear) {
        const ratio = dropoutShare[j]! * (recencyOverAlive - tailOverAlive);
        if (ratio > 0) {
          logSum = logAlive + Math.log1p(ratio);
          dropped = ratio / (1 + ratio);
        }
      } else if (fromRecency > fromT) {
        linear = false;
        remaining = -Math.expm1(fromT - fromRecency);
        const logDropped = logDropoutShare[j]! + fromRecency + Math.log(remaining);
        const d = logDropped - logAlive;
        const e = Math.exp(-Math.abs(d));
        logSum = (d > 0 ? logDropped : logAlive) + Math.log1p(e);
        dropped = d > 0 ? 1 / (1 + e) : e / (1 + e);
      }
      const alive = 1 - dropped;
      ll += w * (prefactor[j]! + logSum);
      const wAlive = w * alive;
      dr -= wAlive * pairData[atT + PAIR_LOG_ALPHA_T]!;
      dAlpha -= wAlive * rx * pairData[atT + PAIR_INVERSE_ALPHA_T]!;
      ds -= wAlive * pairData[atT + PAIR_LOG_BETA_T]!;
      dBeta -= wAlive * s * pairData[atT + PAIR_INVERSE_BETA_T]!;
      if (dropped > 0) {
        // ∇ ln(K₁ − K₂) = (∇ln K₁ − ρ ∇ln K₂)/(1 − ρ), ρ = K₂/K₁; in linear scale the weights
        // are K₁/A and K₂/A over (K₁ − K₂)/A, which cancels against D/(A + D).
        const wDropped = w * dropped;
        const [scale, share] = linear
          ? [
              (w * dropoutShare[j]!) / (1 + dropoutShare[j]! * (recencyOverAlive - tailOverAlive)),
              tailOverAlive,
            ]
          : [wDropped / remaining, 1 - remaining];
        const first = linear ? scale * recencyOverAlive : scale;
        const g1 = atRecency + PAIR_TAIL_GRADIENT;
        const g2 = atT + PAIR_TAIL_GRADIENT;
        dr += first * pairData[g1]! - scale * share * pairData[g2]! - wDropped * inverseRsx[j]!;
        dAlpha += first * pairData[g1 + 1]! - scale * share * pairData[g2 + 1]!;
        ds +=
          first * pairData[g1 + 2]! -
          scale * share * pairData[g2 + 2]! +
          wDropped * (1 / s - inverseRsx[j]!);
        dBeta += first * pairData[g1 + 3]! - scale * share * pairData[g2 + 3]!;
      }
    }
    gradient[0] = -r * dr;
    gradient[1] = -alpha * dAlpha;
    gradient[2] = -s * ds;
    gradient[3] = -beta * dBeta;
    return budget.exhausted || unsummed ? Number.NaN : -ll;
  };
  return { objective, size: data.weights.length + pairCount };
}
