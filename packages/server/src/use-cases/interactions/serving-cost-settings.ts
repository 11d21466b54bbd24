import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findServingCostSettings,
  type ServingCostSettings,
  saveServingCostSettings,
} from '../../repositories/interactions.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's hourly cost of its team's time and its financing rate (null: not given yet). */
export function getServingCostSettings(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) =>
    findServingCostSettings(tx, scope.merchantId),
  );
}

export function setServingCostSettings(scope: MerchantScope, settings: ServingCostSettings) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    await saveServingCostSettings(tx, merchantId, settings);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'merchant.serving_costs_changed',
      subjectType: 'merchant',
      subjectId: merchantId,
      details: { ...settings },
    });
    return settings;
  });
}
