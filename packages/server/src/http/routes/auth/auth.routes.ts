import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { asSystem } from '../../../db/tenant.ts';
import { deleteSession } from '../../../repositories/sessions.ts';
import { describePrincipal } from '../../../use-cases/accounts/describe-principal.ts';
import { logIn } from '../../../use-cases/accounts/log-in.ts';
import { openSession } from '../../../use-cases/accounts/open-session.ts';
import { signUpOwner } from '../../../use-cases/accounts/sign-up-owner.ts';
import { takeAttempts } from '../../../use-cases/throttling/take-attempts.ts';
import { authorize, SESSION_COOKIE } from '../../middleware/authenticate.ts';
import type { AppEnv, Principal } from '../../types.ts';
import { clientAddress } from '../client-address.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { LogInBody, Me, SignUpBody } from './auth.schemas.ts';

const signUp = jsonRoute({
  method: 'post',
  path: '/api/v1/auth/signup',
  tags: ['Accounts'],
  summary: 'Create a business and its owner account, and sign in',
  request: jsonBody(SignUpBody),
  status: 201,
  responseSchema: Me,
  responseDescription: 'Signed in; the session cookie is set',
  public: true,
});

const logInRoute = jsonRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['Accounts'],
  summary: 'Sign in with email and password (rate-limited)',
  request: jsonBody(LogInBody),
  responseSchema: Me,
  responseDescription: 'Signed in; the session cookie is set',
  public: true,
});

const logOut = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['Accounts'],
  summary: 'End this session (the cookie stops working everywhere)',
  responses: { 204: { description: 'Signed out' } },
});

const me = jsonRoute({
  method: 'get',
  path: '/api/v1/auth/me',
  tags: ['Accounts'],
  summary: 'Who is signed in, for which business, with which role',
  responseSchema: Me,
  responseDescription: 'The current principal',
});

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(signUp, async (c) => {
    const { db, now, config, throttles } = c.get('services');
    const body = c.req.valid('json');
    await takeAttempts(
      db,
      [{ key: `signup:${clientAddress(c)}`, policy: throttles.signUpPerAddress }],
      now(),
    );
    const { user, merchant } = await signUpOwner(db, { ...body, name: body.businessName }, now());
    const principal = await startSession(c, user.id, merchant.id, 'owner');
    return c.json(await describePrincipal(db, principal, config.publicUrl), 201);
  });

  app.openapi(logInRoute, async (c) => {
    const { db, now, throttles, config } = c.get('services');
    const body = c.req.valid('json');
    const found = await logIn(
      { db, throttles, now: now() },
      { ...body, clientAddress: clientAddress(c) },
    );
    const principal = await startSession(c, found.userId, found.merchantId, found.role);
    return c.json(await describePrincipal(db, principal, config.publicUrl), 200);
  });

  app.openapi(logOut, async (c) => {
    const principal = c.get('principal') as Principal | undefined;
    if (principal?.actor.type === 'user') {
      const { sessionHash } = principal.actor;
      await asSystem(c.get('services').db, (tx) => deleteSession(tx, sessionHash));
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const principal = authorize(c);
    const { db, config } = c.get('services');
    return c.json(await describePrincipal(db, principal, config.publicUrl), 200);
  });
}

async function startSession(
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
