import { type CompressedRepeatPurchases, compressRepeatPurchases } from './compress.ts';
import type { FitFailure, RepeatPurchaseData } from './types.ts';
import { fitFailure } from './types.ts';
import { describeInvalidRepeatPurchases, weightWherePositive } from './validate.ts';

/**
 * Validates and compresses repeat-purchase data, refusing inputs on which no count model has an
 * interior maximum (no customers, or nobody who came back) before any optimisation runs.
 */
export function prepareRepeatPurchaseFit(
  data: RepeatPurchaseData,
): { ok: true; data: CompressedRepeatPurchases } | FitFailure {
  const problem = describeInvalidRepeatPurchases(data);
  if (problem) return fitFailure('invalid-input', problem);
  const compressed = compressedOnce(data);
  if (compressed.weights.length === 0) return fitFailure('empty-input', 'no customers to fit');
  if (weightWherePositive(compressed.frequency, compressed.weights) === 0) {
    return fitFailure(
      'no-repeat-purchases',
      'no customer made a repeat purchase: purchase and dropout rates cannot be told apart',
    );
  }
  return { ok: true, data: compressed };
}

/**
 * The compression of data already compressed for a fit, by the data object: the pipeline fits
 * BG/NBD, Pareto/NBD and the no-dropout limit on one object, and each compression hashes every
 * customer (≈ 30 ms on 160,000). Data are never changed after they are made.
 */
const compressions = new WeakMap<RepeatPurchaseData, CompressedRepeatPurchases>();

function compressedOnce(data: RepeatPurchaseData): CompressedRepeatPurchases {
  let compressed = compressions.get(data);
  if (!compressed) {
    compressed = compressRepeatPurchases(data);
    compressions.set(data, compressed);
  }
  return compressed;
}

/**
 * Validates and compresses data for evaluating a likelihood (no refusal of zero-repeat data:
 * the likelihood is defined there, only its maximum is not). Undefined when the data are invalid.
 */
export function prepareLikelihoodData(
  data: RepeatPurchaseData,
): CompressedRepeatPurchases | undefined {
  return describeInvalidRepeatPurchases(data) ? undefined : compressRepeatPurchases(data);
}

/** A purchase-rate scale that matches the data's time unit: α such that r/α ≈ Σx / ΣT at r = 1. */
export function startingRateScale(data: CompressedRepeatPurchases): number {
  let exposure = 0;
  let purchases = 0;
  data.weights.forEach((w, i) => {
    exposure += w * data.T[i]!;
    purchases += w * data.frequency[i]!;
  });
  return exposure / purchases;
}
