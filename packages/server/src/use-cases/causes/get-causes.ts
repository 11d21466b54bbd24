import type { Tx } from '../../db/tenant.ts';
import { withMerchant } from '../../db/tenant.ts';
import { findCauseSettings, listCauseRows } from '../../repositories/causes.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's causes and how purchases share with them (`settings: null` before it is set up). */
export async function readCauses(tx: Tx, merchantId: string) {
  const [causes, settings] = await Promise.all([
    listCauseRows(tx, merchantId),
    findCauseSettings(tx, merchantId),
  ]);
  return {
    settings: settings ?? null,
    causes: causes.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      active: c.active,
    })),
  };
}

export function getCauses(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) => readCauses(tx, scope.merchantId));
}
