import { withMerchant } from '../../db/tenant.ts';
import { passChangedAt } from '../../repositories/wallet-passes.ts';
import { authorizePass } from './authorize-pass.ts';
import { getApplePass } from './get-apple-pass.ts';
import type { WalletDeps } from './wallet-deps.ts';

/**
 * The current version of a pass, for a phone told it changed. The stamp of its last change is
 * read before the card, so `Last-Modified` never claims a version newer than the one sent.
 */
export async function getLatestApplePass(
  deps: WalletDeps,
  request: { passTypeId: string; serialNumber: string; authorization: string | undefined },
): Promise<{ pass: Buffer; lastModified: Date }> {
  const holder = await authorizePass(deps, request);
  const changedAt = await withMerchant(deps.db, holder.merchantId, (tx) =>
    passChangedAt(tx, holder.merchantId, holder.customerId),
  );
  const pass = await getApplePass(deps, holder.cardToken, request.passTypeId);
  return { pass, lastModified: changedAt ?? deps.now };
}
