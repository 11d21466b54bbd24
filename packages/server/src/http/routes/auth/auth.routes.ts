import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { asSystem } from '../../../db/tenant.ts';
import { deleteSession } from '../../../repositories/sessions.ts';
import { completeOwnerSignUp } from '../../../use-cases/accounts/complete-owner-sign-up.ts';
import { describePrincipal } from '../../../use-cases/accounts/describe-principal.ts';
import { logIn } from '../../../use-cases/accounts/log-in.ts';
import { requestOwnerSignUp } from '../../../use-cases/accounts/request-owner-sign-up.ts';
import { signUpOwner } from '../../../use-cases/accounts/sign-up-owner.ts';
import { takeAttempts } from '../../../use-cases/throttling/take-attempts.ts';
import { authorize, SESSION_COOKIE } from '../../middleware/authenticate.ts';
import type { AppEnv, Principal } from '../../types.ts';
import { clientAddress } from '../client-address.ts';
import { jsonBody, jsonRoute, STANDARD_ERRORS } from '../openapi.ts';
import {
  CheckYourEmail,
  LogInBody,
  Me,
  SessionState,
  SignUpBody,
  SignUpCompleteBody,
} from './auth.schemas.ts';
import { registerInvitationRoutes } from './invitations.routes.ts';
import { registerPasswordRoutes } from './password.routes.ts';
import { registerSessionRoutes } from './sessions.routes.ts';
import { startSession } from './start-session.ts';

const signUp = createRoute({
  method: 'post',
  path: '/api/v1/auth/signup',
  tags: ['Accounts'],
  summary: 'Create a business and its owner account',
  description:
    'Without SMTP (the embedded default) the account is created at once: 201, signed in, or 409 `email_taken`. ' +
    'When mail is configured, the answer is 202 `check_your_email` for new and known emails alike, and a link in the mail finishes the sign-up (`/api/v1/auth/signup/complete`).',
  request: jsonBody(SignUpBody),
  responses: {
    201: {
      description: 'Signed in; the session cookie is set',
      content: { 'application/json': { schema: Me } },
    },
    202: {
      description: 'A mail finishes the sign-up (new email) or says the account exists',
      content: { 'application/json': { schema: CheckYourEmail } },
    },
    ...STANDARD_ERRORS,
  },
});

const completeSignUp = jsonRoute({
  method: 'post',
  path: '/api/v1/auth/signup/complete',
  tags: ['Accounts'],
  summary: 'Finish a sign-up from the link it mailed: creates the business, signs in',
  request: jsonBody(SignUpCompleteBody),
  status: 201,
  responseSchema: Me,
  responseDescription: 'Created and signed in; the session cookie is set',
  public: true,
});

const session = jsonRoute({
  method: 'get',
  path: '/api/v1/auth/session',
  tags: ['Accounts'],
  summary: 'Whether this browser is signed in, and as whom (never 401)',
  description:
    'For the web app: `{ authenticated: false }` when signed out. Integrations keep using `/api/v1/auth/me`, which answers 401.',
  responseSchema: SessionState,
  responseDescription: 'The session, or `authenticated: false`',
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
    const { db, now, config, throttles, mailer, accountMailLimiter, logger } = c.get('services');
    const body = c.req.valid('json');
    await takeAttempts(
      db,
      [{ key: `signup:${clientAddress(c)}`, policy: throttles.signUpPerAddress }],
      now(),
    );
    const input = { ...body, name: body.businessName };
    if (mailer.sends) {
      const deps = { db, mailer, limiter: accountMailLimiter, logger, publicUrl: config.publicUrl };
      await requestOwnerSignUp({ ...deps, now: now() }, input);
      return c.json({ status: 'check_your_email' as const }, 202);
    }
    const { user, merchant } = await signUpOwner(db, input, now());
    const principal = await startSession(c, user.id, merchant.id, 'owner');
    return c.json(await describePrincipal(db, principal, config.publicUrl), 201);
  });

  app.openapi(completeSignUp, async (c) => {
    const { db, now, config } = c.get('services');
    const { user, merchant } = await completeOwnerSignUp(db, {
      token: c.req.valid('json').token,
      now: now(),
    });
    const principal = await startSession(c, user.id, merchant.id, 'owner');
    return c.json(await describePrincipal(db, principal, config.publicUrl), 201);
  });

  app.openapi(session, async (c) => {
    const principal = c.get('principal') as Principal | undefined;
    if (!principal) return c.json({ authenticated: false as const }, 200);
    const { db, config } = c.get('services');
    const described = await describePrincipal(db, principal, config.publicUrl);
    return c.json({ authenticated: true as const, ...described }, 200);
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

  registerPasswordRoutes(app);
  registerSessionRoutes(app);
  registerInvitationRoutes(app);
}
