import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { saveShopAppleCertificate as storeCertificate } from '../../repositories/shop-apple-certificates.ts';
import {
  readShopCertificate,
  type ShopCertificateUpload,
} from '../../wallet/apple/read-shop-certificate.ts';
import type { Wallet } from '../../wallet/load-wallet.ts';
import type { MerchantScope } from '../scope.ts';
import { presentShopAppleCertificate } from './shop-apple-certificate.ts';

/**
 * The owner's own Pass Type ID certificate: checked before anything is stored (a wrong one is
 * refused next to the field at fault), then the shop's new passes are signed with it. Passes
 * already on phones keep the Pass Type ID they were issued under and keep updating under it.
 */
export async function saveShopAppleCertificate(
  scope: MerchantScope,
  wallet: Wallet,
  upload: ShopCertificateUpload,
) {
  const certificate = readShopCertificate(upload, wallet.apple?.wwdr ?? null, scope.now);
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    await storeCertificate(tx, scope.merchantId, certificate, {
      at: scope.now,
      by: scope.actor.id,
    });
    await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
      action: 'wallet.apple_certificate_saved',
      details: { passTypeId: certificate.passTypeId, expiresAt: certificate.expiresAt },
    });
    return presentShopAppleCertificate(tx, scope.merchantId, wallet);
  });
}
