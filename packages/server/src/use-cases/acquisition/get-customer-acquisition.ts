import { acquisitionChannelOf, type ChannelKey } from '@habitue/analytics';
import { type Tx, withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findAcquisitionChannel, findCustomerAcquisition } from '../../repositories/acquisition.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

export type CustomerAcquisition = {
  /** The channel the customer counts in (referral first, then the answer, then the import). */
  channel: ChannelKey;
  /** The answer recorded, if any (it may differ from `channel` for a referred customer). */
  answer: {
    channelId: string;
    label: string;
    recordedBy: 'signup' | 'staff';
    recordedAt: string;
  } | null;
  referred: boolean;
  imported: boolean;
};

/** How one customer came to the shop. */
export function getCustomerAcquisition(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
) {
  return withMerchant(scope.db, scope.merchantId, (tx) =>
    readCustomerAcquisition(tx, scope.merchantId, customerId),
  );
}

export async function readCustomerAcquisition(
  tx: Tx,
  merchantId: string,
  customerId: string,
): Promise<CustomerAcquisition> {
  if (!(await findCustomer(tx, merchantId, customerId))) throw notFound('Customer');
  const row = await findCustomerAcquisition(tx, merchantId, customerId);
  if (!row) throw notFound('Customer');
  const channel = row.channel_id
    ? await findAcquisitionChannel(tx, merchantId, row.channel_id)
    : undefined;
  return {
    channel: acquisitionChannelOf({
      referred: Boolean(row.referred),
      answeredChannelId: row.channel_id,
      imported: row.imported,
    }),
    answer:
      channel && row.recorded_by && row.recorded_at
        ? {
            channelId: channel.id,
            label: channel.label,
            recordedBy: row.recorded_by,
            recordedAt: new Date(row.recorded_at).toISOString(),
          }
        : null,
    referred: Boolean(row.referred),
    imported: row.imported,
  };
}
