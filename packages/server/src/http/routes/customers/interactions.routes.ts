import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { getServingCost } from '../../../use-cases/interactions/get-serving-cost.ts';
import { listCustomerInteractions } from '../../../use-cases/interactions/list-customer-interactions.ts';
import { recordInteraction } from '../../../use-cases/interactions/record-interaction.ts';
import { changeInteraction } from '../../../use-cases/interactions/update-interaction.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Kind = z.enum(['call', 'visit', 'email', 'complaint', 'dispute', 'late_payment']);
const DisputeStatus = z.enum(['open', 'resolved', 'rejected']);
const Cents = z.number().int().min(0).max(100_000_000);
const Outcome = z.string().max(2000).nullable();
const Minutes = z.number().int().min(0).max(1440);

const Interaction = z
  .object({
    id: z.string(),
    customerId: z.string(),
    kind: Kind,
    occurredAt: z.string(),
    minutesSpent: z.number().int(),
    outcome: z.string().nullable(),
    concededCents: z.number().int(),
    disputeStatus: DisputeStatus.nullable(),
    latePayment: z.object({ amountCents: z.number().int(), daysLate: z.number().int() }).nullable(),
    authorName: z.string().nullable().openapi({ description: 'Who recorded it (a user)' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Interaction');

const InteractionParams = IdParams.extend({
  interactionId: Uuid.openapi({ param: { name: 'interactionId', in: 'path' } }),
});

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/interactions',
  tags: ['Customers'],
  summary: 'Calls, visits, emails, complaints, disputes and late payments, most recent first',
  request: {
    params: IdParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
  },
  responseSchema: z.object({ items: z.array(Interaction) }),
  responseDescription: 'Interactions',
});

const record = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/interactions',
  tags: ['Customers'],
  summary: 'Record an interaction with a customer (send Idempotency-Key)',
  request: {
    params: IdParams,
    ...jsonBody(
      z
        .object({
          kind: Kind,
          occurredAt: z.iso.datetime({ offset: true }).optional(),
          minutesSpent: Minutes.optional(),
          outcome: Outcome.optional(),
          concededCents: Cents.optional().openapi({
            description: 'Discounts, refunds or gestures conceded (complaints and disputes)',
          }),
          disputeStatus: DisputeStatus.optional().openapi({
            description: 'Disputes only; open by default',
          }),
          latePayment: z
            .object({ amountCents: Cents.min(1), daysLate: z.number().int().min(1).max(3650) })
            .optional()
            .openapi({ description: 'Late payments only (required for them)' }),
        })
        .openapi('InteractionInput'),
    ),
  },
  status: 201,
  responseSchema: Interaction,
  responseDescription: 'Recorded',
});

const change = jsonRoute({
  method: 'patch',
  path: '/api/v1/customers/{id}/interactions/{interactionId}',
  tags: ['Customers'],
  summary: "Follow up an interaction: its outcome, time, concession, a dispute's status",
  request: {
    params: InteractionParams,
    ...jsonBody(
      z
        .object({
          outcome: Outcome.optional(),
          minutesSpent: Minutes.optional(),
          concededCents: Cents.optional(),
          disputeStatus: DisputeStatus.optional(),
        })
        .openapi('InteractionChanges'),
    ),
  },
  responseSchema: Interaction,
  responseDescription: 'Changed',
});

const Money = z.number().int();
const cost = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/serving-cost',
  tags: ['Customers'],
  summary: 'The cost of serving a customer next to the margin they bring (managers and owners)',
  request: { params: IdParams },
  responseSchema: z
    .object({
      interactions: z.number().int(),
      minutesSpent: z.number().int(),
      openDisputes: z.number().int(),
      cost: z.object({
        timeCents: Money.nullable().openapi({
          description: 'null until the shop gives its hourly cost',
        }),
        concededCents: Money,
        latePaymentCents: Money.nullable().openapi({
          description: 'null until the shop gives its financing rate',
        }),
        totalCents: Money,
        complete: z.boolean().openapi({ description: 'false when a part could not be valued' }),
      }),
      settings: z.object({
        hourlyCostCents: Money.nullable(),
        financingRateBp: Money.nullable(),
      }),
      netSpendCents: Money,
      marginRate: z.number(),
      marginCents: Money,
      profitCents: Money.openapi({ description: 'marginCents − cost.totalCents' }),
    })
    .openapi('ServingCost'),
  responseDescription: 'Cost of serving',
});

type Row = Awaited<ReturnType<typeof listCustomerInteractions>>[number];

function present(row: Row) {
  return {
    id: row.id,
    customerId: row.customer_id,
    kind: row.kind,
    occurredAt: row.occurred_at.toISOString(),
    minutesSpent: row.minutes_spent,
    outcome: row.outcome,
    concededCents: row.conceded_cents,
    disputeStatus: row.dispute_status,
    latePayment:
      row.late_amount_cents !== null && row.late_days !== null
        ? { amountCents: row.late_amount_cents, daysLate: row.late_days }
        : null,
    authorName: row.author_name ?? row.author_email ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function registerInteractionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const rows = await listCustomerInteractions(merchantScope(c), c.req.valid('param').id, {
      limit: c.req.valid('query').limit,
    });
    return c.json({ items: rows.map(present) }, 200);
  });
  app.openapi(record, async (c) => {
    const customerId = c.req.valid('param').id;
    const input = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, { customerId, ...input }, async (tx) => ({
      status: 201,
      body: present(await recordInteraction(tx, scope, customerId, input)),
    })) as never;
  });
  app.openapi(change, async (c) => {
    const { id: customerId, interactionId } = c.req.valid('param');
    const scope = merchantScope(c);
    const changes = c.req.valid('json');
    return runWrite(c, scope, { customerId, interactionId, ...changes }, async (tx) => ({
      status: 200,
      body: present(await changeInteraction(tx, scope, customerId, interactionId, changes)),
    })) as never;
  });
  app.openapi(cost, async (c) => {
    return c.json(await getServingCost(merchantScope(c), c.req.valid('param').id), 200);
  });
}
