import type { Tx } from '../db/tenant.ts';
import type { ShopCertificate } from '../wallet/apple/read-shop-certificate.ts';

/** A shop's own Pass Type ID certificate, or undefined (its passes use the operator's). */
export function findShopAppleCertificate(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('shop_apple_certificates')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
}

/** The Pass Type IDs of the shops among these that have their own certificate. */
export async function shopPassTypeIds(
  tx: Tx,
  merchantIds: readonly string[],
): Promise<Map<string, string>> {
  if (merchantIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('shop_apple_certificates')
    .select(['merchant_id', 'pass_type_id'])
    .where('merchant_id', 'in', [...merchantIds])
    .execute();
  return new Map(rows.map((r) => [r.merchant_id, r.pass_type_id]));
}

/** Stores (or replaces) the shop's certificate, checked beforehand. */
export async function saveShopAppleCertificate(
  tx: Tx,
  merchantId: string,
  certificate: ShopCertificate,
  uploaded: { at: Date; by: string | null },
) {
  const values = {
    pass_type_id: certificate.passTypeId,
    team_id: certificate.teamId,
    certificate: certificate.certificate,
    private_key: certificate.key,
    wwdr: certificate.wwdr,
    subject: certificate.subject,
    expires_at: certificate.expiresAt,
    uploaded_at: uploaded.at,
    uploaded_by: uploaded.by,
  };
  await tx
    .insertInto('shop_apple_certificates')
    .values({ merchant_id: merchantId, ...values })
    .onConflict((oc) => oc.column('merchant_id').doUpdateSet(values))
    .execute();
}

/** Whether there was one to remove. */
export async function deleteShopAppleCertificate(tx: Tx, merchantId: string): Promise<boolean> {
  const result = await tx
    .deleteFrom('shop_apple_certificates')
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
