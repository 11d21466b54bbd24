import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from '../types.ts';

/**
 * The caller's address, for rate limits. Behind a reverse proxy every request comes from the
 * proxy, so with TRUST_PROXY=true the first X-Forwarded-For hop is used; without it the header
 * is ignored, since anyone could send it to dodge a limit.
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('services').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
