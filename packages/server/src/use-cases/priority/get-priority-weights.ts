import {
  DEFAULT_PRIORITY_WEIGHTS,
  PRIORITY_COMPONENTS,
  type PriorityWeights,
} from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { findPriorityWeights } from '../../repositories/priority-inputs.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's weights: what the owner set, each missing one at its default. */
export function weightsOf(stored: Record<string, number> | null): PriorityWeights {
  const weights = { ...DEFAULT_PRIORITY_WEIGHTS };
  for (const component of PRIORITY_COMPONENTS) {
    const value = stored?.[component];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
      weights[component] = value;
  }
  return weights;
}

export function getPriorityWeights(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, async (tx) =>
    weightsOf(await findPriorityWeights(tx, scope.merchantId)),
  );
}
