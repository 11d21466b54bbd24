import type { Tx } from '../db/tenant.ts';

/** The shop's privacy notice settings, within its own transaction. */
export function findShopPrivacy(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('merchants')
    .select(['name', 'slug', 'legal_address', 'privacy_email'])
    .where('id', '=', merchantId)
    .executeTakeFirstOrThrow();
}

export function updateShopPrivacy(
  tx: Tx,
  merchantId: string,
  settings: { address: string | null; contactEmail: string | null },
) {
  return tx
    .updateTable('merchants')
    .set({ legal_address: settings.address, privacy_email: settings.contactEmail })
    .where('id', '=', merchantId)
    .execute();
}

/** Cross-merchant (the public page names the shop by its slug, which is public). */
export function findShopPrivacyBySlug(tx: Tx, slug: string) {
  return tx
    .selectFrom('merchants')
    .select(['name', 'slug', 'legal_address', 'privacy_email'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}
