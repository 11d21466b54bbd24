import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';

/** scrypt with N = 2^15 (32 MiB, ~60 ms here): slow for an attacker, fine for one login. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;

const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

function derive(password: string, salt: Buffer, o: ScryptOptions & { keylen: number }) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      o.keylen,
      { ...o, maxmem: 128 * o.N! * o.r! * 2 },
      (e, key) => (e ? reject(e) : resolve(key)),
    ),
  );
}

/**
 * Hashes a password for storage as `scrypt$N$r$p$salt$hash` (base64url parts), so the cost
 * can be raised later without invalidating stored hashes.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    keylen: expected.length,
  });
  return timingSafeEqual(key, expected);
}

/**
 * Password rules: at least 8 characters, at most 200, and not one of the ~30,000 most common
 * passwords (the zxcvbn-ts common list), nor the account's own email.
 * Returns the reason key, or null when the password is acceptable.
 */
export function passwordProblem(
  password: string,
  email?: string,
): 'too_short' | 'too_long' | 'too_common' | null {
  if (password.length < 8) return 'too_short';
  if (password.length > 200) return 'too_long';
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || (email && lower === email.toLowerCase())) return 'too_common';
  return null;
}
