import { z } from 'zod';

/** What a Pass Type ID and an Apple Team ID look like (the operator's and a shop's alike). */
export const PASS_TYPE_ID_PATTERN = /^pass\.[A-Za-z0-9.-]+$/;
export const TEAM_ID_PATTERN = /^[A-Z0-9]{10}$/;

/**
 * The operator's wallet settings. Apple Wallet passes are signed with one Pass Type ID
 * certificate for the whole server (a bakery has no Apple developer account); Google Wallet
 * links with one service account. Each wallet is on when all of its variables are set, and a
 * half-set wallet fails at start-up with the names of the missing ones.
 */
export const walletEnvironment = {
  APPLE_WALLET_PASS_TYPE_ID: z
    .string()
    .regex(PASS_TYPE_ID_PATTERN, 'must be a Pass Type ID, e.g. pass.fr.example.fidelite')
    .optional(),
  APPLE_WALLET_TEAM_ID: z
    .string()
    .regex(TEAM_ID_PATTERN, 'must be the 10-character Apple Team ID, e.g. A1B2C3D4E5')
    .optional(),
  APPLE_WALLET_CERTIFICATE: z.string().optional(),
  APPLE_WALLET_KEY: z.string().optional(),
  APPLE_WALLET_KEY_PASSPHRASE: z.string().optional(),
  APPLE_WALLET_WWDR: z.string().optional(),
  GOOGLE_WALLET_ISSUER_ID: z
    .string()
    .regex(/^\d{5,25}$/, 'must be the numeric issuer id of the Google Pay & Wallet console')
    .optional(),
  GOOGLE_WALLET_SERVICE_ACCOUNT: z.string().optional(),
};

type WalletEnvironment = {
  [K in keyof typeof walletEnvironment]?: string | undefined;
};

/** Paths of the PEM files and the identifiers of the Pass Type ID. */
export type AppleWalletConfig = {
  passTypeId: string;
  teamId: string;
  certificatePath: string;
  keyPath: string;
  keyPassphrase: string | null;
  wwdrPath: string;
};

/** The issuer id and the path of the service account's JSON key. */
export type GoogleWalletConfig = { issuerId: string; serviceAccountPath: string };

export type WalletConfig = { apple: AppleWalletConfig | null; google: GoogleWalletConfig | null };

const APPLE_REQUIRED = [
  'APPLE_WALLET_PASS_TYPE_ID',
  'APPLE_WALLET_TEAM_ID',
  'APPLE_WALLET_CERTIFICATE',
  'APPLE_WALLET_KEY',
  'APPLE_WALLET_WWDR',
] as const;
const GOOGLE_REQUIRED = ['GOOGLE_WALLET_ISSUER_ID', 'GOOGLE_WALLET_SERVICE_ACCOUNT'] as const;

/**
 * The wallet part of the configuration, or the lines saying what is missing.
 * @example
 * walletConfig({}) // { config: { apple: null, google: null }, problems: [] }
 */
export function walletConfig(e: WalletEnvironment): { config: WalletConfig; problems: string[] } {
  const problems = [...missing(e, APPLE_REQUIRED), ...missing(e, GOOGLE_REQUIRED)];
  const apple =
    e.APPLE_WALLET_PASS_TYPE_ID &&
    e.APPLE_WALLET_TEAM_ID &&
    e.APPLE_WALLET_CERTIFICATE &&
    e.APPLE_WALLET_KEY &&
    e.APPLE_WALLET_WWDR
      ? {
          passTypeId: e.APPLE_WALLET_PASS_TYPE_ID,
          teamId: e.APPLE_WALLET_TEAM_ID,
          certificatePath: e.APPLE_WALLET_CERTIFICATE,
          keyPath: e.APPLE_WALLET_KEY,
          keyPassphrase: e.APPLE_WALLET_KEY_PASSPHRASE ?? null,
          wwdrPath: e.APPLE_WALLET_WWDR,
        }
      : null;
  const google =
    e.GOOGLE_WALLET_ISSUER_ID && e.GOOGLE_WALLET_SERVICE_ACCOUNT
      ? { issuerId: e.GOOGLE_WALLET_ISSUER_ID, serviceAccountPath: e.GOOGLE_WALLET_SERVICE_ACCOUNT }
      : null;
  return { config: { apple, google }, problems };
}

/** A wallet with some of its variables set and others not: name the missing ones. */
function missing(e: WalletEnvironment, names: readonly (keyof WalletEnvironment)[]): string[] {
  const set = names.filter((n) => e[n] !== undefined);
  if (set.length === 0 || set.length === names.length) return [];
  return names
    .filter((n) => e[n] === undefined)
    .map((n) => `  ${n}: required with ${set.join(', ')}`);
}
