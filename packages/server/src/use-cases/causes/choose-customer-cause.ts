import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { findCause, findCauseSettings, setCustomerCause } from '../../repositories/causes.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { getCustomerCauseIn } from './get-customer-cause.ts';

/** The customer picks, among the shop's active causes, the one their purchases support. */
export async function chooseCustomerCause(
  tx: Tx,
  scope: MerchantScope,
  customerId: string,
  causeId: string,
) {
  if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
  const settings = await findCauseSettings(tx, scope.merchantId);
  if (!settings) throw new AppError('cause_not_set_up', 'The shop supports no cause');
  const cause = await findCause(tx, scope.merchantId, causeId);
  if (!cause) throw notFound('Cause');
  if (!settings.customersChoose || !cause.active) {
    throw new AppError('cause_not_available', 'This cause cannot be chosen');
  }
  await setCustomerCause(tx, scope.merchantId, customerId, causeId, scope.now);
  return getCustomerCauseIn(tx, scope.merchantId, customerId);
}
