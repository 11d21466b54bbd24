import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../errors/app-error.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Request bodies must be JSON. Besides clear errors, this blocks cross-site form posts: a
 * browser cannot send `application/json` to another site without a CORS preflight we refuse.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (WRITES.has(c.req.method)) {
    const type = c.req.header('content-type');
    const length = c.req.header('content-length');
    const hasBody = type !== undefined || (length !== undefined && length !== '0');
    if (hasBody && !/^application\/(.+\+)?json\b/i.test(type ?? '')) {
      throw new AppError('unsupported_media_type', 'Send the request body as application/json');
    }
  }
  return next();
};
