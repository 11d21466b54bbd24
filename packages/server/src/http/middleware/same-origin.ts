import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../errors/app-error.ts';
import type { AppEnv, Principal } from '../types.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie-authenticated writes must come from the app's own pages. SameSite=Lax alone lets any
 * page of the same site (another subdomain, a sibling app on the same host) send body-less
 * POSTs — rotate a card token, revoke a key, archive, log out — with the owner's cookie.
 * Browsers say where a request comes from: `Sec-Fetch-Site` (every current browser) or else
 * `Origin`; a write whose origin is not this server is refused. Requests carrying neither header
 * are not from a browser page (curl, a point-of-sale system) and pass, as do API-key calls,
 * which carry no ambient credential.
 */
export const sameOriginWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  const principal = c.get('principal') as Principal | undefined;
  if (WRITES.has(c.req.method) && principal?.actor.type === 'user') {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const allowed =
      site !== undefined
        ? site === 'same-origin' || site === 'none'
        : origin === undefined ||
          ownOrigins(c.req.url, c.get('services').config.publicUrl).has(origin);
    if (!allowed) {
      throw new AppError(
        'cross_site_request',
        'This request did not come from Habitué’s own pages; reload the page and try again',
      );
    }
  }
  return next();
};

/** The origins this server answers on: the one the request was addressed to, and the public URL. */
function ownOrigins(requestUrl: string, publicUrl: string): Set<string> {
  return new Set([new URL(requestUrl).origin, new URL(publicUrl).origin]);
}
