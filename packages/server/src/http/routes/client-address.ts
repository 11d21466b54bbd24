import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../types.ts';

/**
 * The caller's address, for rate limits. Behind reverse proxies every connection comes from the
 * nearest proxy, so with TRUST_PROXY=N the client is read from X-Forwarded-For, N entries from the
 * right: each trusted proxy appended the address it saw, while entries further left were written
 * by the client and would let anyone rotate their way past a limit. Without TRUST_PROXY the
 * header is ignored.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const hops = c.get('services').config.trustProxy;
  if (hops > 0) {
    const forwarded = forwardedClient(c.req.header('x-forwarded-for'), hops);
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The entry `hops` places from the right of an X-Forwarded-For value (several headers are
 * joined with commas by the HTTP layer, in order).
 * @example forwardedClient('6.6.6.6, 203.0.113.7', 1) // '203.0.113.7'
 */
export function forwardedClient(header: string | undefined, hops: number): string | undefined {
  const entries = (header ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return undefined;
  // Fewer entries than proxies: the request skipped one; the left-most is the best we know.
  return entries[Math.max(0, entries.length - hops)];
}
