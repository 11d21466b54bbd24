import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { deleteShopAppleCertificate } from '../../repositories/shop-apple-certificates.ts';
import type { Wallet } from '../../wallet/load-wallet.ts';
import type { MerchantScope } from '../scope.ts';
import { presentShopAppleCertificate } from './shop-apple-certificate.ts';

/** Forgets the shop's own certificate: its new passes are signed with the operator's again. */
export function removeShopAppleCertificate(scope: MerchantScope, wallet: Wallet) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (await deleteShopAppleCertificate(tx, scope.merchantId)) {
      await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
        action: 'wallet.apple_certificate_removed',
        details: {},
      });
    }
    return presentShopAppleCertificate(tx, scope.merchantId, wallet);
  });
}
