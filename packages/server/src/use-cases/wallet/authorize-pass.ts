import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findPassHolder } from '../../repositories/wallet-passes.ts';
import { isPassAuthorization } from '../../wallet/apple/authentication-token.ts';
import { countAttempt, refuseIfLimited } from '../public/guessing-guard.ts';
import { appleSigningIdentity } from './apple-signing-identity.ts';
import { parsePassSerial } from './pass-serial.ts';
import type { WalletDeps } from './wallet-deps.ts';

export type PassHolder = { merchantId: string; customerId: string; cardToken: string };

/**
 * The PassKit web service's own authentication: the pass names itself (type and serial number)
 * and shows its token (`Authorization: ApplePass …`). Misses count against the caller's address
 * like unknown card links, so neither serial numbers nor tokens can be guessed.
 */
export async function authorizePass(
  deps: Pick<WalletDeps, 'db' | 'guard' | 'wallet'>,
  pass: { passTypeId: string; serialNumber: string; authorization: string | undefined },
): Promise<PassHolder> {
  await refuseIfLimited(deps.guard);
  const serial = parsePassSerial(pass.serialNumber);
  const holder =
    serial &&
    (await asSystem(deps.db, (tx) => findPassHolder(tx, serial.merchantId, serial.customerId)));
  if (!holder || !isPassAuthorization(pass.authorization, holder.card_token)) {
    await countAttempt(deps.guard);
    throw new AppError('unauthenticated', 'Unknown pass or wrong authentication token');
  }
  // The shop's own Pass Type ID or the operator's, whichever the pass was issued under.
  await appleSigningIdentity(deps.db, deps.wallet, holder.merchant_id, pass.passTypeId);
  return { merchantId: holder.merchant_id, customerId: holder.id, cardToken: holder.card_token };
}
