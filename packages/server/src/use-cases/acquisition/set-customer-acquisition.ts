import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import {
  deleteCustomerAcquisition,
  saveCustomerAcquisition,
} from '../../repositories/acquisition.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { channelOrNotFound } from './acquisition-channels.ts';
import { readCustomerAcquisition } from './get-customer-acquisition.ts';

/**
 * The staff record (or correct, or clear with null) how a customer came — asked at the
 * counter. An archived answer may stay on a customer but not be newly chosen.
 */
export async function setCustomerAcquisition(
  tx: Tx,
  scope: MerchantScope,
  customerId: string,
  input: { channelId: string | null },
) {
  if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
  if (input.channelId === null) {
    await deleteCustomerAcquisition(tx, scope.merchantId, customerId);
  } else {
    const channel = await channelOrNotFound(tx, scope.merchantId, input.channelId);
    if (channel.archived_at !== null) throw archivedChannel();
    await saveCustomerAcquisition(tx, {
      merchantId: scope.merchantId,
      customerId,
      channelId: channel.id,
      recordedBy: 'staff',
      at: scope.now,
    });
  }
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'customer.acquisition_set',
    subjectType: 'customer',
    subjectId: customerId,
  });
  return readCustomerAcquisition(tx, scope.merchantId, customerId);
}

export const archivedChannel = () =>
  new AppError('validation_failed', 'This answer is no longer offered', {
    fields: [{ field: 'channelId', message: 'this answer is archived', code: 'archived_channel' }],
  });
