import { asSystem } from '../../db/tenant.ts';
import { shopPassTypeIds } from '../../repositories/shop-apple-certificates.ts';
import { devicePassVersions } from '../../repositories/wallet-passes.ts';
import { changedSince, updateTag } from '../../wallet/apple/update-tag.ts';
import { passSerial } from './pass-serial.ts';
import { requireApple, type WalletDeps } from './wallet-deps.ts';

/**
 * The serial numbers of a phone's passes that changed since its last question (`since`: the tag
 * it was given then), and the tag to ask with next time. Answers name only serial numbers.
 */
export async function listChangedPasses(
  deps: Pick<WalletDeps, 'db' | 'wallet'>,
  request: { deviceLibraryId: string; passTypeId: string; since: string | undefined },
): Promise<{ serialNumbers: string[]; lastUpdated: string }> {
  const { passes, ownTypes } = await asSystem(deps.db, async (tx) => {
    const passes = await devicePassVersions(tx, request.deviceLibraryId);
    const merchants = [...new Set(passes.map((p) => p.merchantId))];
    return { passes, ownTypes: await shopPassTypeIds(tx, merchants) };
  });
  // A phone asks per Pass Type ID: a shop's own, or the operator's for the other shops' passes.
  const serverType = deps.wallet.apple?.passTypeId;
  const ofType = passes
    .filter((p) => [ownTypes.get(p.merchantId), serverType].includes(request.passTypeId))
    .map((p) => ({ serial: passSerial(p.merchantId, p.customerId), version: p.version }));
  if (!serverType && ownTypes.size === 0) requireApple(deps.wallet);
  return {
    // A tag we never gave (a phone restored from another server) means "send everything".
    serialNumbers: changedSince(ofType, request.since).map((p) => p.serial),
    lastUpdated: updateTag(ofType),
  };
}
