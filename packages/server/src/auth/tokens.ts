import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the OS's secure random source, URL-safe. Sessions and API key secrets. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Secrets are stored only as SHA-256 digests: they are long and random, so a fast hash is
 * enough (unlike passwords) and a stolen database does not reveal working credentials.
 */
export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/**
 * Card tokens: 144 bits (18 bytes → 24 URL-safe characters). Unguessable even when a
 * rate-limited attacker tries for years; short enough for a QR code.
 */
export function newCardToken(): string {
  return randomBytes(18).toString('base64url');
}

/** API keys look like `hab_<prefix>_<secret>`; the prefix is shown in lists to tell keys apart. */
export function newApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(4).toString('hex');
  return { key: `hab_${prefix}_${newSecret()}`, prefix };
}
