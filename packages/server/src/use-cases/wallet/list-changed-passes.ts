import { asSystem } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
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
  const apple = requireApple(deps.wallet);
  if (request.passTypeId !== apple.passTypeId) throw notFound('Pass type');
  // A tag we never gave (a phone restored from another server) means "send everything".
  const since = request.since && TAG.test(request.since) ? request.since : null;
  const { passes, tag } = await asSystem(deps.db, (tx) =>
    passesChangedSince(tx, request.deviceLibraryId, since),
  );
  return {
    serialNumbers: passes.map((p) => passSerial(p.merchantId, p.customerId)),
    lastUpdated: tag,
  };
}
