import type { Tx } from '../db/tenant.ts';

/**
 * Cross-merchant (run with `asSystem`): the merchant a public sign-up link belongs to. Both
 * parts must match — a slug is public, the token is what makes the link unguessable.
 */
export function findMerchantBySignupLink(tx: Tx, slug: string, token: string) {
  return tx
    .selectFrom('merchants')
    .select(['id', 'name', 'slug', 'brand_color', 'locale'])
    .where('slug', '=', slug)
    .where('signup_token', '=', token)
    .executeTakeFirst();
}

/** What a public page shows about the business: its name and colour, nothing else. */
export function findPublicMerchant(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('merchants')
    .select(['id', 'name', 'brand_color', 'locale'])
    .where('id', '=', merchantId)
    .executeTakeFirstOrThrow();
}

/** The card holder's first name only: the card page is behind a link that may be shared. */
export function findCardHolderFirstName(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('customers')
    .select(['first_name', 'card_token'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', customerId)
    .executeTakeFirstOrThrow();
}
