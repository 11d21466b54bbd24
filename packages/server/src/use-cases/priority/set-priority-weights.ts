import { PRIORITY_COMPONENTS, type PriorityWeights } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { savePriorityWeights } from '../../repositories/priority-inputs.ts';
import type { MerchantScope } from '../scope.ts';

import { weightsOf } from './get-priority-weights.ts';

/**
 * The owner moves the weights of the priority list (relative: they need not add up to 1);
 * `null` goes back to the defaults. All zero would rank nobody: refused by field.
 */
export function setPriorityWeights(scope: MerchantScope, weights: PriorityWeights | null) {
  const { db, merchantId, actor, now } = scope;
  if (weights && PRIORITY_COMPONENTS.every((c) => weights[c] === 0)) {
    throw new AppError('validation_failed', 'At least one weight must be above zero', {
      fields: [{ field: 'weights', message: 'all zero', code: 'all_weights_zero' }],
    });
  }
  return withMerchant(db, merchantId, async (tx) => {
    await savePriorityWeights(tx, merchantId, weights ? { ...weights } : null);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'merchant.priority_weights_changed',
      subjectType: 'merchant',
      subjectId: merchantId,
      details: { weights },
    });
    return weightsOf(weights ? { ...weights } : null);
  });
}
