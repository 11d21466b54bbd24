import { causeShareCents } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { appendCauseShare, findCauseSettings } from '../../repositories/causes.ts';
import type { MerchantScope } from '../scope.ts';
import { getCustomerCauseIn } from './get-customer-cause.ts';

/**
 * Sets aside a purchase's share for the customer's cause, in the purchase's transaction (so a
 * purchase and its share exist together or not at all). Nothing when the shop supports no
 * cause or the share rounds to 0. Returns what was given, for the purchase's answer.
 */
export async function sharePurchaseWithCause(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId'>,
  purchase: { id: string; customerId: string; amountCents: number; at: Date },
  /** The settings when the caller read them already (the purchase, with the customer's lock). */
  known?: { settings: Awaited<ReturnType<typeof findCauseSettings>> },
): Promise<{ causeId: string; name: string; amountCents: number } | null> {
  const settings = known ? known.settings : await findCauseSettings(tx, scope.merchantId);
  if (!settings) return null;
  const amountCents = causeShareCents(settings.rule, purchase.amountCents);
  if (amountCents === 0) return null;
  const { cause } = await getCustomerCauseIn(tx, scope.merchantId, purchase.customerId);
  if (!cause) return null;
  await appendCauseShare(tx, {
    merchantId: scope.merchantId,
    id: uuidv7(),
    causeId: cause.id,
    customerId: purchase.customerId,
    purchaseId: purchase.id,
    refundId: null,
    amountCents,
    at: purchase.at,
  });
  return { causeId: cause.id, name: cause.name, amountCents };
}
