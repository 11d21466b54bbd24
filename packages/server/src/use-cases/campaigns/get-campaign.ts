import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCampaign, listCampaignRows } from '../../repositories/campaigns.ts';
import type { MerchantScope } from '../scope.ts';

/** One campaign of the shop. */
export function getCampaign(scope: Pick<MerchantScope, 'db' | 'merchantId'>, id: string) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const row = await findCampaign(tx, scope.merchantId, id);
    if (!row) throw notFound('Campaign');
    return row;
  });
}

/** The shop's campaigns, newest first. */
export function listCampaigns(scope: Pick<MerchantScope, 'db' | 'merchantId'>, limit: number) {
  return withMerchant(scope.db, scope.merchantId, (tx) =>
    listCampaignRows(tx, scope.merchantId, limit),
  );
}
