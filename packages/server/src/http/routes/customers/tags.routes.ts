import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { listCustomerTags } from '../../../use-cases/customers/list-customer-tags.ts';
import { listMerchantTags } from '../../../use-cases/customers/list-merchant-tags.ts';
import { setCustomerTags } from '../../../use-cases/customers/set-customer-tags.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';

const Tags = z
  .object({ tags: z.array(z.string()).openapi({ example: ['vip', 'traiteur'] }) })
  .openapi('CustomerTags');

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}/tags',
  tags: ['Customers'],
  summary: "A customer's tags, alphabetically",
  request: { params: IdParams },
  responseSchema: Tags,
  responseDescription: 'The tags',
});

const put = jsonRoute({
  method: 'put',
  path: '/api/v1/customers/{id}/tags',
  tags: ['Customers'],
  summary:
    "Replace a customer's tags (trimmed, lower-cased; changes audited; send Idempotency-Key)",
  request: {
    params: IdParams,
    ...jsonBody(
      z
        .object({
          tags: z
            .array(z.string().trim().min(1, 'empty tag').max(40, 'at most 40 characters'))
            .max(30, 'at most 30 tags'),
        })
        .openapi('CustomerTagsInput'),
    ),
  },
  responseSchema: Tags.extend({ added: z.array(z.string()), removed: z.array(z.string()) }),
  responseDescription: 'The tags now, and what changed',
});

const all = jsonRoute({
  method: 'get',
  path: '/api/v1/customer-tags',
  tags: ['Customers'],
  summary: 'Every tag in use, with how many customers carry it (for filters)',
  responseSchema: z
    .object({ items: z.array(z.object({ tag: z.string(), customers: z.number().int() })) })
    .openapi('TagCounts'),
  responseDescription: 'Tags in use',
});

export function registerTagRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => {
    const tags = await listCustomerTags(merchantScope(c), c.req.valid('param').id);
    return c.json({ tags }, 200);
  });
  app.openapi(put, async (c) => {
    const customerId = c.req.valid('param').id;
    const { tags } = c.req.valid('json');
    const scope = merchantScope(c);
    return runWrite(c, scope, { customerId, tags }, async (tx) => ({
      status: 200,
      body: await setCustomerTags(tx, scope, { customerId, tags }),
    })) as never;
  });
  app.openapi(all, async (c) => {
    const items = await listMerchantTags(merchantScope(c));
    return c.json({ items }, 200);
  });
}
