import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../config/config.ts';
import type { WalletConfig } from './wallet-config.ts';

/** The Pass Type ID certificate and what goes with it, as PEM text. */
export type AppleCredentials = {
  passTypeId: string;
  teamId: string;
  certificate: string;
  key: string;
  keyPassphrase: string | null;
  wwdr: string;
};

/** A Google service account: the JWT's issuer and its RSA key. */
export type GoogleCredentials = { issuerId: string; clientEmail: string; privateKey: string };

/** The wallets this server can issue passes for (null: not configured, no button). */
export type Wallet = { apple: AppleCredentials | null; google: GoogleCredentials | null };

export const NO_WALLET: Wallet = { apple: null, google: null };

const ServiceAccountKey = z.object({
  client_email: z.string().email(),
  private_key: z.string().includes('PRIVATE KEY'),
});

/**
 * Reads the files the wallet settings name, once at start-up, so that an unreadable file stops
 * the server with the variable to fix. Whether the certificate is the right one and still valid
 * is checked at each signing (`checkSigningCertificates`): certificates expire while a server runs.
 */
export function loadWallet(config: WalletConfig): Wallet {
  const apple = config.apple && {
    passTypeId: config.apple.passTypeId,
    teamId: config.apple.teamId,
    certificate: readSetting('APPLE_WALLET_CERTIFICATE', config.apple.certificatePath),
    key: readSetting('APPLE_WALLET_KEY', config.apple.keyPath),
    keyPassphrase: config.apple.keyPassphrase,
    wwdr: readSetting('APPLE_WALLET_WWDR', config.apple.wwdrPath),
  };
  let google: GoogleCredentials | null = null;
  if (config.google) {
    const text = readSetting('GOOGLE_WALLET_SERVICE_ACCOUNT', config.google.serviceAccountPath);
    const parsed = ServiceAccountKey.safeParse(parseJson(text));
    if (!parsed.success || !isPrivateKey(parsed.data.private_key)) {
      throw new ConfigError(
        `Invalid configuration:\n  GOOGLE_WALLET_SERVICE_ACCOUNT: ${config.google.serviceAccountPath} is not a service account JSON key (client_email, private_key)`,
      );
    }
    google = {
      issuerId: config.google.issuerId,
      clientEmail: parsed.data.client_email,
      privateKey: parsed.data.private_key,
    };
  }
  return { apple, google };
}

function readSetting(name: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(`Invalid configuration:\n  ${name}: cannot read ${path} (${reason})`);
  }
}

function isPrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
