import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { decide } from '../../../auth/permissions.ts';
import { type FollowUpItemRow, findFollowUpItem } from '../../../repositories/follow-up-items.ts';
import { addFollowUpItem } from '../../../use-cases/follow-up/add-follow-up-item.ts';
import { completeFollowUpItem } from '../../../use-cases/follow-up/complete-follow-up-item.ts';
import {
  type FollowUpListEntry,
  listFollowUp,
} from '../../../use-cases/follow-up/list-follow-up.ts';
import { reasonById } from '../../../use-cases/follow-up/reasons/index.ts';
import { runWrite } from '../../idempotent.ts';
import { authorize } from '../../middleware/authenticate.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Item = z
  .object({
    id: z.string(),
    customer: z.object({
      id: z.string(),
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
    reason: z.string().openapi({
      description:
        'detractor, going_quiet, long_standing, birthday, manual (and those added later)',
    }),
    details: z.record(z.string(), z.unknown()).openapi({
      description:
        "The reason's particulars; value figures (pAlive, spend) for analytics:read only",
    }),
    note: z.string().nullable(),
    status: z.enum(['open', 'done']),
    outcome: z.string().nullable(),
    interactionId: z.string().nullable(),
    doneAt: z.string().nullable(),
    doneBy: z.string().nullable(),
    createdAt: z.string(),
    priority: z
      .object({ score: z.number(), rank: z.number().int(), mainReasonKey: z.string() })
      .nullable()
      .optional()
      .openapi({ description: 'Managers and owners only (analytics:read); absent for others' }),
  })
  .openapi('FollowUpItem');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/follow-up',
  tags: ['Follow-up'],
  summary: 'Who to call or visit and why: open items by priority, then what was done this week',
  request: {
    query: z.object({ status: z.enum(['open', 'done', 'all']).default('all') }),
  },
  responseSchema: z.object({ items: z.array(Item), valuesShown: z.boolean() }),
  responseDescription: 'The follow-up list',
});

const add = jsonRoute({
  method: 'post',
  path: '/api/v1/follow-up',
  tags: ['Follow-up'],
  summary: 'Put a customer on the follow-up list by hand, with a note',
  request: jsonBody(
    z.object({ customerId: Uuid, note: z.string().min(1).max(2000) }).openapi('FollowUpItemInput'),
  ),
  status: 201,
  responseSchema: Item,
  responseDescription: 'Added',
});

const done = jsonRoute({
  method: 'post',
  path: '/api/v1/follow-up/{id}/done',
  tags: ['Follow-up'],
  summary: "Mark an item done with its outcome (it becomes an interaction on the customer's page)",
  request: {
    params: IdParams,
    ...jsonBody(
      z
        .object({
          kind: z.enum(['call', 'visit', 'email']),
          outcome: z.string().min(1).max(2000),
          minutesSpent: z.number().int().min(0).max(1440).optional(),
        })
        .openapi('FollowUpDone'),
    ),
  },
  responseSchema: Item,
  responseDescription: 'Done',
});

function present(row: FollowUpItemRow | FollowUpListEntry, valuesShown: boolean) {
  const hidden = new Set(valuesShown ? [] : (reasonById(row.reason)?.valueDetails ?? []));
  const details = Object.fromEntries(
    Object.entries(row.details ?? {}).filter(([key]) => !hidden.has(key)),
  );
  return {
    id: row.id,
    customer: {
      id: row.customer_id,
      firstName: row.first_name,
      lastName: row.last_name,
      phone: row.phone,
      email: row.email,
    },
    reason: row.reason,
    details,
    note: row.note,
    status: row.status,
    outcome: row.outcome,
    interactionId: row.interaction_id,
    doneAt: row.done_at?.toISOString() ?? null,
    doneBy: row.done_by_name ?? row.done_by_email ?? null,
    createdAt: row.created_at.toISOString(),
    ...(valuesShown && 'priority' in row ? { priority: row.priority } : {}),
  };
}

export function registerFollowUpRoutes(app: OpenAPIHono<AppEnv>) {
  // Value figures follow the permission table: the caller sees them if they may read analytics.
  const valuesShown = (c: Parameters<typeof authorize>[0]) => {
    const principal = authorize(c);
    return decide(
      { role: principal.role, ...(principal.scopes ? { scopes: principal.scopes } : {}) },
      'analytics:read',
    ).allowed;
  };
  app.openapi(list, async (c) => {
    const shown = valuesShown(c);
    const rows = await listFollowUp(merchantScope(c), { status: c.req.valid('query').status });
    return c.json({ items: rows.map((r) => present(r, shown)), valuesShown: shown }, 200);
  });
  app.openapi(add, async (c) => {
    const scope = merchantScope(c);
    const input = c.req.valid('json');
    const shown = valuesShown(c);
    return runWrite(c, scope, input, async (tx) => {
      const id = await addFollowUpItem(tx, scope, { ...input, reason: 'manual' });
      const row = await findFollowUpItem(tx, scope.merchantId, id!);
      return { status: 201, body: present(row!, shown) };
    }) as never;
  });
  app.openapi(done, async (c) => {
    const scope = merchantScope(c);
    const id = c.req.valid('param').id;
    const input = c.req.valid('json');
    const shown = valuesShown(c);
    return runWrite(c, scope, { id, ...input }, async (tx) => ({
      status: 200,
      body: present(await completeFollowUpItem(tx, scope, id, input), shown),
    })) as never;
  });
}
