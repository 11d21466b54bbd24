import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { can, type Permission } from '../../auth/permissions.ts';
import { digest } from '../../auth/tokens.ts';
import { AppError } from '../../errors/app-error.ts';
import { findActiveKeyByHash, touchApiKey } from '../../repositories/api-keys.ts';
import { findLiveSession, touchSession } from '../../repositories/sessions.ts';
import type { AppEnv, Principal } from '../types.ts';

export const SESSION_COOKIE = 'habitue_session';

/** last_used_at is for humans ("used 3 minutes ago"); writing it once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Identifies the caller from an API key (`Authorization: Bearer hab_…`) or a session cookie.
 * Sets no principal when neither is present (public routes decide for themselves); rejects a
 * credential that is present but wrong, rather than silently treating the caller as anonymous.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, now } = c.get('services');
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AppError('unauthenticated', 'Authorization must be "Bearer <API key>"');
    // A single statement: no transaction needed (one round trip instead of three).
    const key = await findActiveKeyByHash(db, digest(match[1]!));
    if (!key) throw new AppError('unauthenticated', 'Unknown or revoked API key');
    const at = now();
    if (!key.last_used_at || at.getTime() - key.last_used_at.getTime() > TOUCH_EVERY_MS) {
      await touchApiKey(db, key.merchant_id, key.id, at);
    }
    c.set('principal', {
      merchantId: key.merchant_id,
      role: 'integration',
      actor: { type: 'api_key', id: key.id },
    });
    return next();
  }
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const sessionHash = digest(token);
    const session = await findLiveSession(db, sessionHash, now());
    if (session) {
      const at = now();
      if (!session.last_seen_at || at.getTime() - session.last_seen_at.getTime() > TOUCH_EVERY_MS) {
        await touchSession(db, sessionHash, at);
      }
      c.set('principal', {
        merchantId: session.merchant_id,
        role: session.role,
        actor: { type: 'user', id: session.user_id, sessionHash },
      });
    }
  }
  return next();
};

/** The caller, who must be signed in and hold `permission`; 401 or 403 otherwise. */
export function authorize(c: Context<AppEnv>, permission?: Permission): Principal {
  const principal = c.get('principal') as Principal | undefined;
  if (!principal) throw new AppError('unauthenticated', 'Sign in or send an API key');
  if (permission && !can(principal.role, permission)) {
    throw new AppError('forbidden', `Your role (${principal.role}) does not allow this`);
  }
  return principal;
}
