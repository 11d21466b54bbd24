import { asSystem } from '../../db/tenant.ts';
import { shopPassTypeIds } from '../../repositories/shop-apple-certificates.ts';
import { passesChangedSince } from '../../repositories/wallet-passes.ts';
import { passSerial } from './pass-serial.ts';
import { requireApple, type WalletDeps } from './wallet-deps.ts';

const TAG = /^\d{1,20}$/;

/**
 * The serial numbers of a phone's passes that changed since its last question (`since`: the tag
 * it was given then), and the tag to ask with next time. Answers name only serial numbers.
 */
export async function listChangedPasses(
  deps: Pick<WalletDeps, 'db' | 'wallet'>,
  request: { deviceLibraryId: string; passTypeId: string; since: string | undefined },
): Promise<{ serialNumbers: string[]; lastUpdated: string }> {
  // A tag we never gave (a phone restored from another server) means "send everything".
  const since = request.since && TAG.test(request.since) ? request.since : null;
  const { passes, tag, ownTypes } = await asSystem(deps.db, async (tx) => {
    const changed = await passesChangedSince(tx, request.deviceLibraryId, since);
    const merchants = [...new Set(changed.passes.map((p) => p.merchantId))];
    return { ...changed, ownTypes: await shopPassTypeIds(tx, merchants) };
  });
  // A phone asks per Pass Type ID: a shop's own, or the operator's for the other shops' passes.
  const serverType = deps.wallet.apple?.passTypeId;
  const ofType = passes.filter((p) =>
    [ownTypes.get(p.merchantId), serverType].includes(request.passTypeId),
  );
  if (!serverType && ownTypes.size === 0) requireApple(deps.wallet);
  return {
    serialNumbers: ofType.map((p) => passSerial(p.merchantId, p.customerId)),
    lastUpdated: tag,
  };
}
