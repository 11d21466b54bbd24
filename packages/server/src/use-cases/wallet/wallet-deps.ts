import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import type { AppleCredentials, GoogleCredentials, Wallet } from '../../wallet/load-wallet.ts';
import type { Guard } from '../public/guessing-guard.ts';

/** What the wallet use cases need: the database, the clock, the operator's wallets. */
export type WalletDeps = {
  db: Kysely<Database>;
  now: Date;
  guard: Guard;
  wallet: Wallet;
  publicUrl: string;
};

export function requireApple(wallet: Wallet): AppleCredentials {
  if (!wallet.apple) {
    throw new AppError(
      'wallet_not_configured',
      'Apple Wallet passes are not set up on this server',
    );
  }
  return wallet.apple;
}

export function requireGoogle(wallet: Wallet): GoogleCredentials {
  if (!wallet.google) {
    throw new AppError('wallet_not_configured', 'Google Wallet is not set up on this server');
  }
  return wallet.google;
}

/**
 * Where passes ask for their updates. Wallet only talks to https, so a server reached over
 * plain http issues passes that do not update (they still show the card and its QR code).
 */
export function webServiceUrl(publicUrl: string): string | null {
  return publicUrl.startsWith('https://') ? `${publicUrl}/api/v1/wallet/apple` : null;
}

export function cardUrl(publicUrl: string, cardToken: string): string {
  return `${publicUrl}/c/${cardToken}`;
}
