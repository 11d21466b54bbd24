import { withMerchant } from '../../db/tenant.ts';
import type { Wallet } from '../../wallet/load-wallet.ts';
import type { MerchantScope } from '../scope.ts';
import { presentShopAppleCertificate } from './shop-apple-certificate.ts';

/** The shop's own Apple Wallet certificate (subject, expiry), and the operator's fallback. */
export function getShopAppleCertificate(scope: MerchantScope, wallet: Wallet) {
  return withMerchant(scope.db, scope.merchantId, (tx) =>
    presentShopAppleCertificate(tx, scope.merchantId, wallet),
  );
}
