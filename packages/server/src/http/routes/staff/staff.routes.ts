import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addStaffMember } from '../../../use-cases/staff/add-staff-member.ts';
import { changeStaffRole } from '../../../use-cases/staff/change-staff-role.ts';
import { inviteStaffMember } from '../../../use-cases/staff/invite-staff-member.ts';
import { listStaff } from '../../../use-cases/staff/list-staff.ts';
import { removeStaffMember } from '../../../use-cases/staff/remove-staff-member.ts';
import type { AppEnv } from '../../types.ts';
import { Email } from '../auth/auth.schemas.ts';
import { IdParams, jsonBody, jsonRoute, SECURITY, STANDARD_ERRORS } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Role = z.enum(['owner', 'manager', 'staff']);
const StaffMember = z
  .object({ id: z.string(), email: z.string(), displayName: z.string().nullable(), role: Role })
  .openapi('StaffMember');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/staff',
  tags: ['Staff'],
  summary: 'The team: who can sign in to this business, with which role (owner only)',
  responseSchema: z.object({ items: z.array(StaffMember) }),
  responseDescription: 'Team members',
});

const add = createRoute({
  method: 'post',
  path: '/api/v1/staff',
  tags: ['Staff'],
  summary: 'Give someone access (owner only)',
  description:
    'Without SMTP: a new login is created with the initial password the owner hands over (201); an email that already has a login is refused (409 `email_taken`, as sign-up says in that mode). ' +
    'With SMTP: an invitation is mailed and the answer is 202 `invitation_sent` whoever the email is; the person joins by accepting it.',
  security: SECURITY,
  request: jsonBody(
    z.object({
      email: Email,
      role: Role,
      displayName: z.string().trim().max(120).optional(),
      initialPassword: z.string().max(200).optional(),
    }),
  ),
  responses: {
    201: { description: 'Added', content: { 'application/json': { schema: StaffMember } } },
    202: {
      description: 'Invitation mailed; the person is added when they accept it',
      content: {
        'application/json': {
          schema: z
            .object({ status: z.literal('invitation_sent'), email: z.string(), role: Role })
            .openapi('StaffInvitationSent'),
        },
      },
    },
    ...STANDARD_ERRORS,
  },
});

const changeRole = jsonRoute({
  method: 'patch',
  path: '/api/v1/staff/{id}',
  tags: ['Staff'],
  summary: "Change a team member's role (owner only)",
  request: { params: IdParams, ...jsonBody(z.object({ role: Role })) },
  responseSchema: z.object({ id: z.string(), role: Role }),
  responseDescription: 'Changed',
});

const remove = createRoute({
  method: 'delete',
  path: '/api/v1/staff/{id}',
  tags: ['Staff'],
  summary: "Remove someone's access to this business (owner only)",
  security: SECURITY,
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' } },
});

export function registerStaffRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    return c.json({ items: await listStaff(merchantScope(c)) }, 200);
  });
  app.openapi(add, async (c) => {
    const scope = merchantScope(c);
    const { mailer, config } = c.get('services');
    const body = c.req.valid('json');
    if (mailer.sends) {
      return c.json(
        await inviteStaffMember(scope, { mailer, publicUrl: config.publicUrl }, body),
        202,
      );
    }
    return c.json(await addStaffMember(scope, body), 201);
  });
  app.openapi(changeRole, async (c) => {
    const scope = merchantScope(c);
    return c.json(
      await changeStaffRole(scope, c.req.valid('param').id, c.req.valid('json').role),
      200,
    );
  });
  app.openapi(remove, async (c) => {
    await removeStaffMember(merchantScope(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
