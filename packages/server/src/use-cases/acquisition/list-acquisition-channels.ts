import { withMerchant } from '../../db/tenant.ts';
import { listAcquisitionChannels as listRows } from '../../repositories/acquisition.ts';
import type { MerchantScope } from '../scope.ts';
import { channelView } from './acquisition-channels.ts';

/** The shop's answers to "comment nous avez-vous connus ?", archived ones last-flagged. */
export function listAcquisitionChannels(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, async (tx) =>
    (await listRows(tx, scope.merchantId)).map(channelView),
  );
}
