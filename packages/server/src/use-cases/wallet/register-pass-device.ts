import { withMerchant } from '../../db/tenant.ts';
import { registerDevice } from '../../repositories/wallet-passes.ts';
import { authorizePass } from './authorize-pass.ts';
import type { WalletDeps } from './wallet-deps.ts';

export type PassDeviceRequest = {
  deviceLibraryId: string;
  passTypeId: string;
  serialNumber: string;
  authorization: string | undefined;
};

/**
 * A phone asks to hear about a pass's changes. From now on the pass is stamped at every change
 * of what it shows (triggers, see the wallet-passes migration). Returns whether it is new.
 */
export async function registerPassDevice(
  deps: WalletDeps,
  request: PassDeviceRequest & { pushToken: string },
): Promise<{ created: boolean }> {
  const holder = await authorizePass(deps, request);
  const created = await withMerchant(deps.db, holder.merchantId, (tx) =>
    registerDevice(tx, {
      merchantId: holder.merchantId,
      customerId: holder.customerId,
      deviceLibraryId: request.deviceLibraryId,
      pushToken: request.pushToken,
      now: deps.now,
    }),
  );
  return { created };
}
