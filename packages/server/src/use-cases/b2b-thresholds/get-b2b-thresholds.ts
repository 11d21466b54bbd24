import { withMerchant } from '../../db/tenant.ts';
import { findB2bThresholds } from '../../repositories/b2b-thresholds.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's volume discount steps for business accounts (none when never set). */
export function getB2bThresholds(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) => findB2bThresholds(tx, scope.merchantId));
}
