import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { listAuditLog } from '../../../use-cases/audit/list-audit-log.ts';
import type { AppEnv } from '../../types.ts';
import { jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const AuditEntry = z
  .object({
    id: z.string(),
    occurredAt: z.string(),
    actorType: z.string(),
    actorId: z.string().nullable(),
    action: z.string().openapi({ example: 'customer.created' }),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/audit-log',
  tags: ['Business'],
  summary: 'Who did what, newest first (owners and managers)',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: z.uuid().optional(),
    }),
  },
  responseSchema: z.object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() }),
  responseDescription: 'One page of the audit log',
});

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { limit, before } = c.req.valid('query');
    const page = await listAuditLog(merchantScope(c), {
      limit,
      ...(before ? { before } : {}),
    });
    return c.json(page, 200);
  });
}
