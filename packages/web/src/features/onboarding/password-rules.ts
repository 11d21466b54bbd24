/**
 * The server's password rules (packages/server/src/auth/passwords.ts), checked as the owner
 * types: 8 to 200 characters, not the email, not a common password. The server's list of
 * ~30,000 common passwords stays on the server; a few of the most common are caught here, and
 * the server's `weak_password` answer is shown next to the field for the rest.
 */
const VERY_COMMON = new Set([
  'password',
  'password1',
  'motdepasse',
  '12345678',
  '123456789',
  '1234567890',
  'azertyuiop',
  'azerty123',
  'qwertyuiop',
  'qwerty123',
  'iloveyou',
  'soleil123',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'bonjour123',
  '11111111',
  '00000000',
  'abcd1234',
  'loulou123',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if (password.length < 8) return 'too_short';
  if (password.length > 200) return 'too_long';
  const lower = password.toLowerCase();
  if (VERY_COMMON.has(lower) || (email !== '' && lower === email.trim().toLowerCase()))
    return 'too_common';
  return null;
}

/** The same check the server's zod `z.email()` makes, loosely: something@domain.tld. */
export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email.trim()) && email.trim().length <= 254;
}
