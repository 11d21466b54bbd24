import { asSystem } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCardHolder } from '../../repositories/customers.ts';
import { buildApplePass } from '../../wallet/apple/build-apple-pass.ts';
import { getPublicCard } from '../public/get-public-card.ts';
import { appleSigningIdentity } from './apple-signing-identity.ts';
import { passSerial } from './pass-serial.ts';
import { cardUrl, type WalletDeps, webServiceUrl } from './wallet-deps.ts';

/**
 * The signed `.pkpass` of the card behind a card link (the "Add to Apple Wallet" button), or of
 * a pass asking the web service for its latest version (`passTypeId`: the one it was issued
 * under): built afresh from the card each time, signed with the shop's own certificate or the
 * operator's.
 */
export async function getApplePass(
  deps: WalletDeps,
  cardToken: string,
  passTypeId?: string,
): Promise<Buffer> {
  const card = await getPublicCard(deps, cardToken);
  const holder = await asSystem(deps.db, (tx) => findCardHolder(tx, cardToken));
  if (!holder) throw notFound('Card');
  const identity = await appleSigningIdentity(deps.db, deps.wallet, holder.merchant_id, passTypeId);
  return buildApplePass({
    ...identity,
    now: deps.now,
    card,
    serialNumber: passSerial(holder.merchant_id, holder.id),
    cardUrl: cardUrl(deps.publicUrl, cardToken),
    webServiceUrl: webServiceUrl(deps.publicUrl),
  });
}
