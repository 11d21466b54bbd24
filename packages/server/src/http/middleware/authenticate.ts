import type { Context, MiddlewareHandler, Next } from 'hono';
import { getCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import {
  type CachedApiKey,
  cachedApiKey,
  forgetApiKey,
  rememberApiKey,
} from '../../auth/api-key-cache.ts';
import { accessOf, decide, type Restriction } from '../../auth/permissions.ts';
import { digest } from '../../auth/tokens.ts';
import { type DeferredKeyCheck, withDeferredKeyCheck } from '../../db/deferred-key-check.ts';
import { ApiKeyNotLive, AppError } from '../../errors/app-error.ts';
import { findActiveKeyByHash, touchApiKey } from '../../repositories/api-keys.ts';
import { findLiveSession, touchSession } from '../../repositories/sessions.ts';
import { SMS_EVENTS_PATH } from '../routes/sms/sms-events.routes.ts';
import type { AppEnv, Principal, Services } from '../types.ts';

export const SESSION_COOKIE = 'habitue_session';

/** last_used_at is for humans ("used 3 minutes ago"); writing it once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Identifies the caller, then checks them against the permission table for the operation the
 * request reached (`OPERATIONS` in `auth/permissions.ts`) before any handler runs: 401 without
 * credentials, 403 `forbidden` for a role without the permission, 403 `missing_scope` for a key
 * without the scope. The restriction a grant carries (e.g. staff refunds: recent purchases
 * only) is left in the context for the use case.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const check = await identify(c);
  if (!check) return admit(c, next);
  try {
    await withDeferredKeyCheck(check, () => admit(c, next));
  } finally {
    // A request that opened no merchant transaction (or was refused before it) proves its key
    // with a look-up of its own: a revoked key is answered 401, whatever else happened.
    if (!check.verified) await check.proveNow();
  }
};

/** Checks the caller against the permission table, then runs the route. */
async function admit(c: Context<AppEnv>, next: Next) {
  const operation = operationOf(c);
  if (operation === undefined) return next(); // no such route: the 404 handler answers
  const access = accessOf(operation);
  if (access === undefined) {
    // A programming error that the permission walk catches: fail closed, loudly.
    throw new Error(`${operation} has no entry in OPERATIONS (src/auth/permissions.ts)`);
  }
  if (access === 'public') return next();
  const principal = authorize(c);
  if (access === 'signed_in') return next();
  const decision = decide(principal, access);
  if (!decision.allowed) {
    throw decision.code === 'missing_scope'
      ? new AppError('missing_scope', `This API key does not have the scope ${access}`, {
          scope: access,
        })
      : new AppError('forbidden', `Your role (${principal.role}) does not allow this`, {
          permission: access,
        });
  }
  if (decision.restriction) c.set('restriction', decision.restriction);
  return next();
}

/**
 * "METHOD /path" of the route this request reached, as the OpenAPI document spells it
 * (`/customers/{id}`), or undefined when only middleware and the web app's fallback matched.
 */
function operationOf(c: Context<AppEnv>): string | undefined {
  const route = matchedRoutes(c).find((r) => r.method !== 'ALL' && !r.path.includes('*'));
  return route && `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`;
}

/**
 * Finds the caller from an API key (`Authorization: Bearer hab_…`) or a session cookie. Sets
 * no principal when neither is present; rejects a credential that is present but wrong, rather
 * than silently treating the caller as anonymous. A key known from memory comes back with the
 * check that proves it still live during the request (`DeferredKeyCheck`).
 */
async function identify(c: Context<AppEnv>): Promise<ApiKeyCheck | undefined> {
  // The SMS provider's callback carries the operator's own bearer token, checked by its route.
  if (c.req.path === SMS_EVENTS_PATH) return;
  const { db, now } = c.get('services');
  const authorization = c.req.header('authorization');
  // `ApplePass <token>` is a wallet pass's own credential, checked by the PassKit web service.
  if (authorization !== undefined && !/^ApplePass /.test(authorization)) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AppError('unauthenticated', 'Authorization must be "Bearer <API key>"');
    const hash = digest(match[1]!);
    const cached = cachedApiKey(hash);
    const key = cached ?? (await lookUpApiKey(db, hash));
    const at = now();
    if (!key.lastUsedAt || at.getTime() - key.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await touchApiKey(db, key.merchantId, key.id, at);
      key.lastUsedAt = at;
    }
    c.set('principal', {
      merchantId: key.merchantId,
      role: 'integration',
      scopes: [...key.scopes],
      actor: { type: 'api_key', id: key.id },
    });
    return cached ? apiKeyCheck(db, hash, key) : undefined;
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
}

/** A key found in the database (a single statement, no transaction), then kept in memory. */
async function lookUpApiKey(db: Services['db'], hash: string): Promise<CachedApiKey> {
  const row = await findActiveKeyByHash(db, hash);
  if (!row) throw revokedKey();
  const key = {
    id: row.id,
    merchantId: row.merchant_id,
    scopes: row.scopes,
    lastUsedAt: row.last_used_at,
  };
  rememberApiKey(hash, key);
  return key;
}

type ApiKeyCheck = DeferredKeyCheck & { proveNow(): Promise<void> };

/** The proof still owed for a key known from memory: settled by the request's transaction. */
function apiKeyCheck(db: Services['db'], hash: string, key: CachedApiKey): ApiKeyCheck {
  const check = {
    merchantId: key.merchantId,
    keyId: key.id,
    verified: false,
    settle(live: boolean) {
      if (!live) {
        forgetApiKey(hash);
        throw revokedKey();
      }
      check.verified = true;
    },
    async proveNow() {
      check.settle((await findActiveKeyByHash(db, hash)) !== undefined);
    },
  };
  return check;
}

function revokedKey() {
  return new ApiKeyNotLive();
}

/** The caller, who must be signed in (401 otherwise); the permission table was checked before. */
export function authorize(c: Context<AppEnv>): Principal {
  const principal = c.get('principal') as Principal | undefined;
  if (!principal) throw new AppError('unauthenticated', 'Sign in or send an API key');
  return principal;
}

/** The restriction the caller's grant carries for this operation, if any. */
export function restrictionIn(c: Context<AppEnv>): Restriction | undefined {
  return c.get('restriction') as Restriction | undefined;
}
