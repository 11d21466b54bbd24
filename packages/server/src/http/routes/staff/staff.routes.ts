import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addStaffMember } from '../../../use-cases/staff/add-staff-member.ts';
import { changeStaffRole } from '../../../use-cases/staff/change-staff-role.ts';
import { listStaff } from '../../../use-cases/staff/list-staff.ts';
import { removeStaffMember } from '../../../use-cases/staff/remove-staff-member.ts';
import type { AppEnv } from '../../types.ts';
import { Email } from '../auth/auth.schemas.ts';
import { IdParams, jsonBody, jsonRoute, SECURITY } from '../openapi.ts';
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

const add = jsonRoute({
  method: 'post',
  path: '/api/v1/staff',
  tags: ['Staff'],
  summary: 'Give someone access; a new login needs an initial password (owner only)',
  request: jsonBody(
    z.object({
      email: Email,
      role: Role,
      displayName: z.string().trim().max(120).optional(),
      initialPassword: z.string().max(200).optional(),
    }),
  ),
  status: 201,
  responseSchema: StaffMember,
  responseDescription: 'Added',
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
    const member = await addStaffMember(merchantScope(c), c.req.valid('json'));
    return c.json(member, 201);
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
