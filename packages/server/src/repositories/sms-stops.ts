import type { Tx } from '../db/tenant.ts';

/**
 * Cross-merchant (run as the system: a provider's callback names a phone, not a shop): the
 * live customers with this phone at every shop that has sent it a text message — those whose
 * messages the STOP answers.
 */
export function findCustomersTextedAt(tx: Tx, phone: string) {
  return tx
    .selectFrom('customers as c')
    .select(['c.merchant_id', 'c.id'])
    .where('c.phone', '=', phone)
    .where('c.merged_into', 'is', null)
    .where('c.erased_at', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('outbox as o')
          .select('o.id')
          .whereRef('o.merchant_id', '=', 'c.merchant_id')
          .where('o.channel', '=', 'sms')
          .where('o.to_address', '=', phone),
      ),
    )
    .orderBy('c.merchant_id')
    .orderBy('c.id')
    .execute();
}

/** The customer's latest SMS decision, if any. */
export function latestSmsConsent(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('consents')
    .select(['granted', 'recorded_at'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .where('channel', '=', 'sms')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
