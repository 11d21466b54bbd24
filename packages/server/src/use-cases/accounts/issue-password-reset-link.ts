import { digest, newSecret } from '../../auth/tokens.ts';
import type { Tx } from '../../db/tenant.ts';
import { insertPasswordReset } from '../../repositories/password-resets.ts';

/** A reset link works for one hour, once. */
export const RESET_LINK_TTL_MS = 3_600_000;

/**
 * Creates a single-use reset link for a user. Only the digest of its secret is stored; the
 * secret travels in the URL fragment, which browsers never send to a server nor put in a
 * Referer, so it cannot leak into access logs.
 */
export async function issuePasswordResetLink(
  tx: Tx,
  input: { userId: string; publicUrl: string; now: Date },
) {
  const token = newSecret();
  const tokenHash = digest(token);
  const expiresAt = new Date(input.now.getTime() + RESET_LINK_TTL_MS);
  await insertPasswordReset(tx, { tokenHash, userId: input.userId, now: input.now, expiresAt });
  return { link: `${input.publicUrl}/reset-password#token=${token}`, tokenHash, expiresAt };
}
