import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { endAllSessions, endSession } from '../../../use-cases/accounts/end-sessions.ts';
import { listSessions } from '../../../use-cases/accounts/list-sessions.ts';
import { SESSION_COOKIE } from '../../middleware/authenticate.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonRoute, SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import { SessionItem } from './auth.schemas.ts';
import { signedInUser } from './signed-in-user.ts';

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/auth/sessions',
  tags: ['Accounts'],
  summary: 'Where you are signed in (every business you belong to); this session is marked',
  responseSchema: z.object({ items: z.array(SessionItem) }),
  responseDescription: 'Your live sessions',
});

const endOne = createRoute({
  method: 'delete',
  path: '/api/v1/auth/sessions/{id}',
  tags: ['Accounts'],
  summary: 'Sign one of your sessions out (e.g. a phone left at the shop)',
  security: SECURITY,
  request: { params: IdParams },
  responses: { 204: { description: 'Signed out' }, ...STANDARD_ERRORS },
});

const endAll = createRoute({
  method: 'delete',
  path: '/api/v1/auth/sessions',
  tags: ['Accounts'],
  summary: 'Sign out everywhere: every one of your sessions ends, this one included',
  security: SECURITY,
  responses: { 204: { description: 'Signed out everywhere' }, ...STANDARD_ERRORS },
});

export function registerSessionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { userId, sessionHash } = signedInUser(c);
    const { db, now } = c.get('services');
    return c.json(
      { items: await listSessions(db, { userId, currentSessionHash: sessionHash, now: now() }) },
      200,
    );
  });

  app.openapi(endOne, async (c) => {
    const { userId, sessionHash } = signedInUser(c);
    const { wasCurrent } = await endSession(c.get('services').db, {
      userId,
      sessionId: c.req.valid('param').id,
      currentSessionHash: sessionHash,
    });
    if (wasCurrent) deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(endAll, async (c) => {
    const { userId } = signedInUser(c);
    await endAllSessions(c.get('services').db, { userId });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
}
