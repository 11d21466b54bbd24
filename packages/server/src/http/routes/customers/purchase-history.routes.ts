import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { listCustomerPurchases } from '../../../use-cases/customers/list-customer-purchases.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonRoute, Uuid } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const PurchaseHistory = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        amountCents: z.number().int(),
        refundedCents: z.number().int(),
        remainingCents: z.number().int(),
        occurredAt: z.string(),
        externalId: z.string().nullable(),
        locationId: z.string().nullable(),
        earned: z.array(z.object({ programId: z.string(), amount: z.number(), unit: z.string() })),
        refunds: z.array(
          z.object({
            id: z.string(),
            amountCents: z.number().int(),
            reason: z.string().nullable(),
            refundedAt: z.string(),
          }),
        ),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('PurchaseHistory');

const list = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/purchases',
  tags: ['Customers'],
  summary: "A customer's purchases, most recent first, with refunds and what each earned",
  request: {
    params: IdParams,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(20),
      before: Uuid.optional().openapi({ description: 'nextCursor from the previous page' }),
    }),
  },
  responseSchema: PurchaseHistory,
  responseDescription: 'One page of purchases',
});

export function registerPurchaseHistoryRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { limit, before } = c.req.valid('query');
    const page = await listCustomerPurchases(merchantScope(c), c.req.valid('param').id, {
      limit,
      ...(before ? { before } : {}),
    });
    return c.json(page, 200);
  });
}
