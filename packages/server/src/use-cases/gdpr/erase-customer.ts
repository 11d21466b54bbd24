import { newCardToken } from '../../auth/tokens.ts';
import { type Tx, withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  anonymiseCustomer,
  customersMergedInto,
  deletePersonalRows,
  redactAuditDetails,
  redactDeliveries,
  redactMessages,
  redactReasons,
  redactStoredReplies,
} from '../../repositories/customer-erasure.ts';
import { lockCustomer } from '../../repositories/ledger.ts';
import type { MerchantScope } from '../scope.ts';
import { redactEngagement } from '../surveys/redact-engagement.ts';

/**
 * Erases a customer (GDPR art. 17) in one transaction: personal data removed, free text about
 * them redacted, the card link revoked (a new random token nobody holds, so the old link is a
 * 404), while purchases, refunds' amounts, the ledger and vouchers stay, so the books balance.
 * Customers merged into this one are erased with it. Erasing an erased customer changes
 * nothing more. Retention (`anonymise-inactive-customers`)
 * calls it too.
 */
export function eraseCustomer(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'actor' | 'now'>,
  customerId: string,
) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const customer = await lockCustomer(tx, merchantId, { customerId });
    if (!customer) throw notFound('Customer');
    return eraseLockedCustomer(tx, merchantId, customer, actor, now);
  });
}

/** The erasure itself, inside a transaction that holds the customer's lock. */
export async function eraseLockedCustomer(
  tx: Tx,
  merchantId: string,
  before: { id: string; email: string | null; phone: string | null; erased_at: Date | null },
  actor: MerchantScope['actor'],
  now: Date,
) {
  const customerId = before.id;
  if (before.erased_at) return { id: customerId, erasedAt: before.erased_at.toISOString() };
  await deletePersonalRows(tx, merchantId, customerId);
  await redactReasons(tx, merchantId, customerId);
  // Mail to their address and text messages to their phone.
  for (const address of [before.email, before.phone]) {
    if (address) await redactMessages(tx, merchantId, address);
  }
  await redactDeliveries(tx, merchantId, customerId);
  await redactStoredReplies(tx, merchantId, customerId);
  await redactAuditDetails(tx, merchantId, customerId);
  await redactEngagement(tx, merchantId, customerId);
  await anonymiseCustomer(tx, merchantId, customerId, newCardToken(), now);
  await appendAudit(tx, merchantId, actor, now, {
    action: 'customer.erased',
    subjectType: 'customer',
    subjectId: customerId,
  });
  // The records merged into this one are the same person's: what stayed on them (their
  // adjustments' reasons, survey comments, webhook bodies…) goes too, and their card links.
  for (const merged of await customersMergedInto(tx, merchantId, customerId)) {
    await eraseLockedCustomer(tx, merchantId, merged, actor, now);
  }
  return { id: customerId, erasedAt: now.toISOString() };
}
