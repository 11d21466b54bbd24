import { bgNbd } from '../models/bg-nbd/index.ts';
import { mbgNbd } from '../models/mbg-nbd/index.ts';
import { noDropout } from '../models/no-dropout/index.ts';
import { paretoNbd } from '../models/pareto-nbd/index.ts';
import type { PurchaseCountModel } from '../models/purchase-count-model.ts';
import type { FittedValueModels } from './value-models.ts';

/** The purchase models a stored fit may name (no-dropout: the boundary of the other three). */
const MODELS = new Map(
  [bgNbd, paretoNbd, mbgNbd, noDropout].map((m) => [m.name, m as PurchaseCountModel<unknown>]),
);

/** A number JSON cannot hold (±∞, NaN), spelled out so that it comes back as itself. */
const NON_FINITE = '$number';

/**
 * A fit as text, so that it can be kept outside the process (e.g. in the database, shared by
 * several server processes) and given back to `analyzeCustomerValue` as a previous fit: the
 * purchase model by its name, every number exactly as it was (JSON keeps doubles exactly;
 * ±∞ and NaN are spelled out).
 */
export function fittedToText(fitted: FittedValueModels): string {
  const stored = {
    ...fitted,
    purchase: fitted.purchase && { ...fitted.purchase, model: fitted.purchase.model.name },
  };
  return JSON.stringify(stored, (_key, value) =>
    typeof value === 'number' && !Number.isFinite(value) ? { [NON_FINITE]: String(value) } : value,
  );
}

/** The fit back from `fittedToText`; null when it names a model this release does not know. */
export function fittedFromText(text: string): FittedValueModels | null {
  const stored = JSON.parse(text, (_key, value) =>
    value !== null &&
    typeof value === 'object' &&
    NON_FINITE in value &&
    Object.keys(value).length === 1
      ? Number(value[NON_FINITE])
      : value,
  ) as Omit<FittedValueModels, 'purchase'> & {
    purchase:
      | (Omit<NonNullable<FittedValueModels['purchase']>, 'model'> & { model: string })
      | null;
  };
  if (stored.purchase === null) return { ...stored, purchase: null };
  const model = MODELS.get(stored.purchase.model);
  if (!model) return null;
  return { ...stored, purchase: { ...stored.purchase, model } };
}
