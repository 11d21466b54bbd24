import type { Tx } from '../../db/tenant.ts';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import {
  customerGiven,
  findCause,
  findCauseSettings,
  findCustomerCause,
} from '../../repositories/causes.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Which cause a customer's purchases go to now (theirs when the shop lets customers choose and
 * it is still active, else the shop's), and what their purchases have given, per cause, net of
 * refunds: the card's "vos achats ont déjà donné 12,40 € à la SPA de Montreuil".
 */
export async function getCustomerCauseIn(tx: Tx, merchantId: string, customerId: string) {
  const settings = await findCauseSettings(tx, merchantId);
  if (!settings) return { cause: null, customersChoose: false, given: [] };
  const chosen = settings.customersChoose
    ? await findCustomerCause(tx, merchantId, customerId)
    : undefined;
  const chosenCause = chosen ? await findCause(tx, merchantId, chosen) : undefined;
  const current = chosenCause?.active
    ? chosenCause
    : await findCause(tx, merchantId, settings.defaultCauseId);
  const given = await customerGiven(tx, merchantId, customerId);
  return {
    cause: current
      ? { id: current.id, name: current.name, description: current.description }
      : null,
    customersChoose: settings.customersChoose,
    given: given
      .filter((g) => g.given > 0)
      .map((g) => ({ causeId: g.id, name: g.name, givenCents: g.given })),
  };
}

/** The same, for a customer of the signed-in shop. */
export function getCustomerCause(scope: MerchantScope, customerId: string) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    return getCustomerCauseIn(tx, scope.merchantId, customerId);
  });
}
