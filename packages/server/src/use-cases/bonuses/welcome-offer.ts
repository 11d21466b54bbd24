import { welcomeOffer } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findBonusSettings, hasAnyPurchase } from '../../repositories/bonuses.ts';
import { findCustomer } from '../../repositories/customers.ts';

/**
 * The welcome offer a customer's first purchase gets — `{ percentOff }` of the shop's welcome
 * bonus — or null: no offer set, the customer has bought before, is not a member, or came
 * from an import (history, not a sign-up). For the till's quote: a discount of
 * `round(amountCents × percentOff / 100)` labelled as the welcome offer.
 * @example await welcomeOfferFor(tx, merchantId, customerId) // { percentOff: 10 }
 */
export async function welcomeOfferFor(tx: Tx, merchantId: string, customerId: string) {
  const { welcome } = await findBonusSettings(tx, merchantId);
  if (!welcome?.firstPurchasePercentOff) return null;
  const customer = await findCustomer(tx, merchantId, customerId);
  if (!customer?.member_since || customer.external_ref !== null) return null;
  const bought = await hasAnyPurchase(tx, merchantId, customerId);
  return welcomeOffer(welcome, bought ? 1 : 0);
}
