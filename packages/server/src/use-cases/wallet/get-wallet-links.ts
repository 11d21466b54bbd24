import { asSystem } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCardHolder } from '../../repositories/customers.ts';
import { findShopAppleCertificate } from '../../repositories/shop-apple-certificates.ts';
import { saveLink } from '../../wallet/google/save-link.ts';
import { getPublicCard } from '../public/get-public-card.ts';
import { cardUrl, type WalletDeps } from './wallet-deps.ts';

export type WalletLinks = { apple: string | null; google: string | null };

/**
 * The "add to wallet" links the card page shows: each wallet the operator set up (or, for Apple,
 * the shop with its own certificate) gets one, the others null (no button). The Google link carries the card as it is now, signed.
 */
export async function getWalletLinks(deps: WalletDeps, cardToken: string): Promise<WalletLinks> {
  const card = await getPublicCard(deps, cardToken);
  const holder = await asSystem(deps.db, (tx) => findCardHolder(tx, cardToken));
  if (!holder) throw notFound('Card');
  const ownCertificate =
    !deps.wallet.apple &&
    (await asSystem(deps.db, (tx) => findShopAppleCertificate(tx, holder.merchant_id)));
  const apple =
    deps.wallet.apple || ownCertificate
      ? `${deps.publicUrl}/api/v1/public/cards/${cardToken}/wallet/pass.pkpass`
      : null;
  if (!deps.wallet.google) return { apple, google: null };
  const color = (card.business.brandColor ?? '#7a3e2b').slice(1);
  const google = saveLink({
    credentials: deps.wallet.google,
    now: deps.now,
    card,
    merchantId: holder.merchant_id,
    customerId: holder.id,
    cardUrl: cardUrl(deps.publicUrl, cardToken),
    logoUrl: `${deps.publicUrl}/api/v1/public/wallet/logos/${color.toLowerCase()}`,
    origin: new URL(deps.publicUrl).origin,
  });
  return { apple, google };
}
