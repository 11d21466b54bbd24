import type { Tx } from '../../db/tenant.ts';
import { findShopAppleCertificate } from '../../repositories/shop-apple-certificates.ts';
import type { Wallet } from '../../wallet/load-wallet.ts';

/** What the settings page shows of a shop's certificate (never the key). */
export type ShopAppleCertificateView = {
  own: {
    passTypeIdentifier: string;
    teamIdentifier: string;
    subject: string;
    expiresAt: string;
    uploadedAt: string;
  } | null;
  /** The operator's Pass Type ID, used when the shop has none of its own; null: none set. */
  serverPassTypeIdentifier: string | null;
};

export async function presentShopAppleCertificate(
  tx: Tx,
  merchantId: string,
  wallet: Wallet,
): Promise<ShopAppleCertificateView> {
  const row = await findShopAppleCertificate(tx, merchantId);
  return {
    own: row
      ? {
          passTypeIdentifier: row.pass_type_id,
          teamIdentifier: row.team_id,
          subject: row.subject,
          expiresAt: row.expires_at.toISOString(),
          uploadedAt: row.uploaded_at.toISOString(),
        }
      : null,
    serverPassTypeIdentifier: wallet.apple?.passTypeId ?? null,
  };
}
