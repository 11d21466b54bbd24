import { withMerchant } from '../../db/tenant.ts';
import { unregisterDevice } from '../../repositories/wallet-passes.ts';
import { authorizePass } from './authorize-pass.ts';
import type { PassDeviceRequest } from './register-pass-device.ts';
import type { WalletDeps } from './wallet-deps.ts';

/** The pass was removed from a phone: stop telling that phone about it. */
export async function unregisterPassDevice(
  deps: WalletDeps,
  request: PassDeviceRequest,
): Promise<void> {
  const holder = await authorizePass(deps, request);
  await withMerchant(deps.db, holder.merchantId, (tx) =>
    unregisterDevice(tx, holder.merchantId, holder.customerId, request.deviceLibraryId),
  );
}
