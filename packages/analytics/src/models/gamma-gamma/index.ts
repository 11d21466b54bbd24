import { compressRows, thinnedRows } from '../compress.ts';
import { fitLogParameters } from '../fit-log-parameters.ts';
import type { FitOptions } from '../purchase-count-model.ts';
import { type FitResult, fitFailure, type Numbers } from '../types.ts';
import { type GammaGammaParams, gammaGammaObjective } from './likelihood.ts';

export type { GammaGammaParams } from './likelihood.ts';

/** Repeat customers' frequency x and mean spend per repeat transaction m̄ (any currency unit). */
export interface SpendData {
  frequency: Numbers;
  monetary: Numbers;
  weights?: Numbers;
}

/** Keeps repeat customers (x > 0) with a positive mean spend, merged into weighted rows. */
function repeatSpenders(data: SpendData) {
  const { frequency, monetary } = data;
  const keep = new Float64Array(frequency.length);
  for (let i = 0; i < frequency.length; i++) {
    keep[i] = frequency[i]! > 0 ? (data.weights ? data.weights[i]! : 1) : 0;
  }
  return compressRows([frequency, monetary], keep);
}

function describeInvalidSpend({ frequency, monetary, weights }: SpendData): string | undefined {
  if (monetary.length !== frequency.length || (weights && weights.length !== frequency.length)) {
    return 'frequency, monetary and weights differ in length';
  }
  for (let i = 0; i < frequency.length; i++) {
    if (!(frequency[i]! >= 0 && Number.isFinite(frequency[i]!))) return `row ${i}: bad frequency`;
    if (frequency[i]! > 0 && !(monetary[i]! > 0 && Number.isFinite(monetary[i]!))) {
      return `row ${i}: mean spend ${monetary[i]} must be positive for a repeat customer`;
    }
  }
  return undefined;
}

/**
 * Fits the Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV") on customers
 * with at least one repeat purchase; the others are ignored, as in the paper.
 *
 * @example
 * const fit = fitGammaGamma({ frequency: [2, 1, 0], monetary: [22.35, 11.77, 0] });
 * if (fit.ok) console.log(fit.params); // { p, q, gamma }
 */
export function fitGammaGamma(
  data: SpendData,
  options: FitOptions = {},
): FitResult<GammaGammaParams> {
  const problem = describeInvalidSpend(data);
  if (problem) return fitFailure('invalid-input', problem);
  const rows = repeatSpenders(data);
  if (rows.weights.length === 0) return fitFailure('no-repeat-purchases', 'no repeat customer');
  let [total, spend] = [0, 0];
  rows.weights.forEach((w, i) => {
    total += w;
    spend += w * rows.columns[1]![i]!;
  });
  const thinned = thinnedRows(rows);
  return fitLogParameters({
    objective: gammaGammaObjective(rows),
    coarse: thinned ? gammaGammaObjective(thinned) : undefined,
    // p = q = 1 puts the population mean spend pγ/(q−1) at infinity; q = 2 and γ = mean spend
    // start it at the sample mean.
    start: [1, 2, spend / total],
    toParams: ([p, q, gamma]) => ({ p: p!, q: q!, gamma: gamma! }),
    gradientTolerance: options.gradientTolerance,
  });
}

/**
 * E[mean spend per transaction | x, m̄] = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m̄: a
 * weighted average of the population mean and the customer's own mean (eq. 5). For x = 0 it
 * is the population mean pγ/(q−1), which exists only for q > 1.
 *
 * @example
 * gammaGammaExpectedSpend({ p: 6.2488, q: 3.7446, gamma: 15.4477 }, 2, 22.35); // ≈ 24.66
 */
export function gammaGammaExpectedSpend(
  { p, q, gamma }: GammaGammaParams,
  frequency: number,
  meanSpend: number,
): number {
  const px = p * frequency;
  return (p * gamma + px * meanSpend) / (px + q - 1);
}
