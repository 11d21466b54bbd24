import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { openSession } from '../../../use-cases/accounts/open-session.ts';
import { SESSION_COOKIE } from '../../middleware/authenticate.ts';
import type { AppEnv, Principal } from '../../types.ts';

/** Opens a session for a person at one business and sets its cookie (HttpOnly, SameSite=Lax). */
export async function startSession(
  c: Context<AppEnv>,
  userId: string,
  merchantId: string,
  role: Principal['role'],
): Promise<Principal> {
  const { db, now, config } = c.get('services');
  const { token, expiresAt } = await openSession(db, {
    userId,
    merchantId,
    now: now(),
    ttlHours: config.sessionTtlHours,
    userAgent: c.req.header('user-agent') ?? null,
  });
  const secure =
    config.cookieSecure === 'auto'
      ? new URL(c.req.url).protocol === 'https:' ||
        (config.trustProxy > 0 && c.req.header('x-forwarded-proto') === 'https')
      : config.cookieSecure;
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
  return { merchantId, role, actor: { type: 'user', id: userId, sessionHash: '' } };
}
