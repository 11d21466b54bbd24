import { type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  acceptStaffInvitation,
  describeStaffInvitation,
} from '../../../use-cases/accounts/accept-staff-invitation.ts';
import { describePrincipal } from '../../../use-cases/accounts/describe-principal.ts';
import type { AppEnv } from '../../types.ts';
import { jsonBody, jsonRoute } from '../openapi.ts';
import { Me, Token } from './auth.schemas.ts';
import { startSession } from './start-session.ts';

const Role = z.enum(['owner', 'manager', 'staff']);

const inspect = jsonRoute({
  method: 'post',
  path: '/api/v1/auth/invitations/inspect',
  tags: ['Accounts'],
  summary: 'What a team invitation link offers (for the page that accepts it)',
  request: jsonBody(z.object({ token: Token }).openapi('InvitationToken')),
  responseSchema: z
    .object({
      businessName: z.string(),
      email: z.string(),
      role: Role,
      hasAccount: z.boolean(),
    })
    .openapi('StaffInvitation'),
  responseDescription: 'The invitation',
  public: true,
});

const accept = jsonRoute({
  method: 'post',
  path: '/api/v1/auth/invitations/accept',
  tags: ['Accounts'],
  summary: "Join a team from its invitation link (the login's password, or a new one); signs in",
  request: jsonBody(
    z.object({ token: Token, password: z.string().min(1).max(200) }).openapi('InvitationAccept'),
  ),
  status: 201,
  responseSchema: Me,
  responseDescription: 'Joined and signed in at that business',
  public: true,
});

export function registerInvitationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(inspect, async (c) => {
    const { db, now } = c.get('services');
    return c.json(
      await describeStaffInvitation(db, { token: c.req.valid('json').token, now: now() }),
      200,
    );
  });
  app.openapi(accept, async (c) => {
    const { db, now, config } = c.get('services');
    const joined = await acceptStaffInvitation(db, { ...c.req.valid('json'), now: now() });
    const principal = await startSession(c, joined.userId, joined.merchantId, joined.role);
    return c.json(await describePrincipal(db, principal, config.publicUrl), 201);
  });
}
