import { withMerchant } from '../../db/tenant.ts';
import { listAcquisitionSpend as listRows } from '../../repositories/acquisition.ts';
import type { MerchantScope } from '../scope.ts';
import { channelOfStored } from './spend-channel.ts';

/** The spend entered from one month to another ('YYYY-MM', both included). */
export function listAcquisitionSpend(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  range: { from: string; to: string },
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) =>
    (await listRows(tx, scope.merchantId, `${range.from}-01`, `${range.to}-01`)).map((r) => ({
      month: r.month.slice(0, 7),
      budget: r.budget,
      channel: channelOfStored(r.channel),
      amountCents: r.amount_cents,
    })),
  );
}
