import type { Tx } from '../db/tenant.ts';
import type { ConsentRecord } from '../repositories/consents.ts';
import type { MerchantScope } from '../use-cases/scope.ts';
import { emitEvent } from './emit-event.ts';

type CustomerRow = {
  id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  member_since: Date | null;
  created_at: Date;
};

/** What integrators see of a customer; never the card token, which opens the customer's card. */
const describeCustomer = (c: CustomerRow) => ({
  id: c.id,
  firstName: c.first_name,
  lastName: c.last_name,
  email: c.email,
  phone: c.phone,
  company: c.company,
  memberSince: c.member_since?.toISOString() ?? null,
  createdAt: c.created_at.toISOString(),
});

/** `customer.created`, and `consent.changed` for the consents given at sign-up. */
export async function emitCustomerCreated(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  customer: CustomerRow,
  consents: readonly ConsentRecord[],
) {
  await emitEvent(tx, scope, 'customer.created', { customer: describeCustomer(customer) });
  await emitConsentChanged(tx, scope, customer.id, consents);
}

/** `consent.changed` when a decision was recorded for at least one channel. */
export async function emitConsentChanged(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  customerId: string,
  consents: readonly ConsentRecord[],
) {
  if (consents.length === 0) return;
  await emitEvent(tx, scope, 'consent.changed', {
    customerId,
    consents: consents.map((c) => ({
      channel: c.channel,
      granted: c.granted,
      source: c.source,
      wordingVersion: c.wordingVersion,
    })),
  });
}
