import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { adjustBalance } from '../../../use-cases/balances/adjust-balance.ts';
import { getCard } from '../../../use-cases/cards/get-card.ts';
import { listLedger } from '../../../use-cases/cards/list-ledger.ts';
import { presentCustomer } from '../../../use-cases/customers/present-customer.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { Customer } from '../customers/customers.schemas.ts';
import { IdParams, jsonBody, jsonRoute, Uuid } from '../openapi.ts';
import { CardProgram } from '../purchases/purchases.schemas.ts';
import { merchantScope } from '../scope.ts';

const card = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/card',
  tags: ['Counter'],
  summary: 'Balances per program, progress to the next reward, vouchers ready to use',
  request: { params: IdParams },
  responseSchema: z.object({ customer: Customer, programs: z.array(CardProgram) }).openapi('Card'),
  responseDescription: 'The card',
});

const ledger = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/ledger',
  tags: ['Counter'],
  summary: 'Every stamp and point with its cause, newest first (append-only)',
  request: {
    params: IdParams,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      before: Uuid.optional(),
    }),
  },
  responseSchema: z
    .object({
      items: z.array(
        z.object({
          id: z.string(),
          programId: z.string(),
          programVersion: z.number(),
          kind: z.enum(['earn', 'redeem', 'expire', 'adjust', 'reverse']),
          unit: z.string(),
          delta: z.number(),
          cause: z.record(z.string(), z.unknown()),
          actorType: z.string(),
          actorId: z.string().nullable(),
          occurredAt: z.string(),
        }),
      ),
      nextCursor: z.string().nullable(),
    })
    .openapi('Ledger'),
  responseDescription: 'One page of the ledger',
});

const adjust = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/adjustments',
  tags: ['Counter'],
  summary: 'Correct a balance by hand, with a reason (audited; never below zero)',
  request: {
    params: IdParams,
    ...jsonBody(
      z.object({
        programId: Uuid,
        delta: z
          .number()
          .int()
          .min(-1_000_000)
          .max(1_000_000)
          .refine((d) => d !== 0, 'must not be 0'),
        reason: z.string().trim().min(1, 'say why').max(300),
      }),
    ),
  },
  status: 201,
  responseSchema: z
    .object({
      adjustmentId: z.string(),
      customerId: z.string(),
      unlocked: z.array(
        z.object({
          code: z.string(),
          rewardId: z.string(),
          programId: z.string(),
          expiresAt: z.string().nullable(),
        }),
      ),
      card: z.array(CardProgram),
    })
    .openapi('AdjustmentResult'),
  responseDescription: 'Adjusted',
});

export function registerCardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(card, async (c) => {
    const result = await getCard(merchantScope(c, 'customers:read'), c.req.valid('param').id);
    return c.json(
      {
        customer: presentCustomer(result.customer, c.get('services').config.publicUrl),
        programs: result.programs,
      },
      200,
    );
  });
  app.openapi(ledger, async (c) => {
    const { limit, before } = c.req.valid('query');
    const page = await listLedger(merchantScope(c, 'customers:read'), c.req.valid('param').id, {
      limit,
      ...(before ? { before } : {}),
    });
    return c.json(page, 200);
  });
  app.openapi(adjust, async (c) => {
    const customerId = c.req.valid('param').id;
    const body = c.req.valid('json');
    const scope = merchantScope(c, 'balances:adjust');
    return runWrite(c, scope, { customerId, ...body }, async (tx) => ({
      status: 201,
      body: await adjustBalance(tx, scope, { customerId, ...body }),
    })) as never;
  });
}
