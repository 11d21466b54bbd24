import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findShopAppleCertificate } from '../../repositories/shop-apple-certificates.ts';
import type { AppleCredentials, Wallet } from '../../wallet/load-wallet.ts';
import { requireApple } from './wallet-deps.ts';

/** What a shop's pass is signed with, and whose it is (for the error's wording). */
export type AppleSigningIdentity = { credentials: AppleCredentials; whose: 'server' | 'shop' };

/**
 * The certificate a shop's passes are signed with. A new pass: the shop's own, else the
 * operator's (`wallet_not_configured` without either). A pass a phone asks about (`passTypeId`
 * from the PassKit URL): the one it was issued under, since a pass never changes its Pass Type
 * ID — so passes issued before the shop uploaded (or removed) its own keep updating; another
 * Pass Type ID is not ours (404).
 */
export async function appleSigningIdentity(
  db: Kysely<Database>,
  wallet: Wallet,
  merchantId: string,
  passTypeId?: string,
): Promise<AppleSigningIdentity> {
  const own = await asSystem(db, (tx) => findShopAppleCertificate(tx, merchantId));
  const shop: AppleSigningIdentity | null = own
    ? {
        whose: 'shop',
        credentials: {
          passTypeId: own.pass_type_id,
          teamId: own.team_id,
          certificate: own.certificate,
          key: own.private_key,
          keyPassphrase: null,
          wwdr: own.wwdr,
        },
      }
    : null;
  if (passTypeId === undefined) {
    return shop ?? { whose: 'server', credentials: requireApple(wallet) };
  }
  if (shop?.credentials.passTypeId === passTypeId) return shop;
  if (wallet.apple?.passTypeId === passTypeId)
    return { whose: 'server', credentials: wallet.apple };
  throw notFound('Pass type');
}
