import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Hono's body limit (`hono/body-limit`), without building the web `Request` when Node's
 * request says how long its body is. Hono's reads `c.req.raw.body`, which makes
 * @hono/node-server build an undici `Request` and an `AbortController` for every API request —
 * and then the route's `c.req.json()` reads the body through that `Request`'s web stream
 * instead of straight from Node's (≈ 2–3 % of the server's CPU per purchase in the counter's
 * profile). Under Node, HTTP/1.1 has a body only with `content-length` or
 * `transfer-encoding`: the declared length is checked like Hono does; a chunked body, or a
 * request that did not come through Node's server (`app.request` in tests), goes through
 * Hono's limit, which counts the bytes as they come.
 *
 * @example app.use('/api/*', limitBody({ maxSize: 1024 * 1024, onError: () => { throw … } }))
 */
export function limitBody(options: {
  maxSize: number;
  onError: (c: Context) => Response | Promise<Response>;
}): MiddlewareHandler {
  const counted = bodyLimit(options);
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (!incoming || incoming.headers['transfer-encoding'] !== undefined) return counted(c, next);
    const length = incoming.headers['content-length'];
    if (length !== undefined && Number.parseInt(length, 10) > options.maxSize) {
      return options.onError(c);
    }
    await next();
  };
}
