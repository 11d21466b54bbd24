import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { changePassword } from '../../../use-cases/accounts/change-password.ts';
import { confirmPasswordReset } from '../../../use-cases/accounts/confirm-password-reset.ts';
import { requestPasswordReset } from '../../../use-cases/accounts/request-password-reset.ts';
import { SESSION_COOKIE } from '../../middleware/authenticate.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, problem, SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import {
  CheckYourEmail,
  PasswordChangeBody,
  PasswordResetBody,
  PasswordResetConfirmBody,
} from './auth.schemas.ts';
import { signedInUser } from './signed-in-user.ts';

const requestReset = createRoute({
  method: 'post',
  path: '/api/v1/auth/password-reset',
  tags: ['Accounts'],
  summary: 'Mail a single-use link (valid 1 hour) to choose a new password',
  description:
    'Answers 202 whatever the email, so it tells nobody which addresses have an account.',
  request: jsonBody(PasswordResetBody),
  responses: {
    202: {
      description: 'A link was mailed if the address has an account',
      content: { 'application/json': { schema: CheckYourEmail } },
    },
    ...STANDARD_ERRORS,
  },
});

const confirmReset = createRoute({
  method: 'post',
  path: '/api/v1/auth/password-reset/confirm',
  tags: ['Accounts'],
  summary: "Set a new password from a reset link; ends every one of that person's sessions",
  request: jsonBody(PasswordResetConfirmBody),
  responses: {
    204: { description: 'Password changed; sign in with it' },
    ...STANDARD_ERRORS,
    410: problem('The link is invalid, expired or already used (`invalid_link`)'),
  },
});

const change = createRoute({
  method: 'post',
  path: '/api/v1/auth/password',
  tags: ['Accounts'],
  summary: 'Change your password (the current one is required); ends your other sessions',
  security: SECURITY,
  request: jsonBody(PasswordChangeBody),
  responses: { 204: { description: 'Changed' }, ...STANDARD_ERRORS },
});

export function registerPasswordRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(requestReset, async (c) => {
    const { db, mailer, accountMailLimiter, logger, config, now } = c.get('services');
    const body = c.req.valid('json');
    await requestPasswordReset(
      { db, mailer, limiter: accountMailLimiter, logger, publicUrl: config.publicUrl, now: now() },
      { email: body.email, locale: body.locale ?? 'fr' },
    );
    return c.json({ status: 'check_your_email' as const }, 202);
  });

  app.openapi(confirmReset, async (c) => {
    const { db, now } = c.get('services');
    await confirmPasswordReset(db, { ...c.req.valid('json'), now: now() });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(change, async (c) => {
    const { userId, sessionHash } = signedInUser(c);
    const { db, now } = c.get('services');
    const body = c.req.valid('json');
    await changePassword(db, {
      userId,
      currentSessionHash: sessionHash,
      currentPassword: body.currentPassword,
      newPassword: body.newPassword,
      now: now(),
    });
    return c.body(null, 204);
  });
}
