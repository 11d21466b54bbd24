import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { CustomerInput } from '../../../use-cases/customers/create-customer.ts';
import { createCustomerIn } from '../../../use-cases/customers/create-customer.ts';
import { getCustomer } from '../../../use-cases/customers/get-customer.ts';
import { presentCustomer } from '../../../use-cases/customers/present-customer.ts';
import { rotateCardToken } from '../../../use-cases/customers/rotate-card-token.ts';
import { searchCustomers } from '../../../use-cases/customers/search-customers.ts';
import { updateCustomer } from '../../../use-cases/customers/update-customer.ts';
import { runWrite } from '../../idempotent.ts';
import type { AppEnv } from '../../types.ts';
import { IdParams, jsonBody, jsonRoute } from '../openapi.ts';
import { merchantScope } from '../scope.ts';
import {
  Customer,
  CustomerBody,
  CustomerDetail,
  NewCustomerBody,
  parseBirthday,
  SearchQuery,
} from './customers.schemas.ts';

const create = jsonRoute({
  method: 'post',
  path: '/api/v1/customers',
  tags: ['Customers'],
  summary: 'Sign up a customer and issue their card',
  request: jsonBody(NewCustomerBody),
  status: 201,
  responseSchema: Customer,
  responseDescription: 'Created, with the card token and link',
});

const search = jsonRoute({
  method: 'get',
  path: '/api/v1/customers',
  tags: ['Customers'],
  summary:
    'Find customers: a card token, card link or voucher code answers with its one customer; names match by word in any order; newest first, paginated',
  request: { query: SearchQuery },
  responseSchema: z.object({ items: z.array(Customer), nextCursor: z.string().nullable() }),
  responseDescription: 'One page of customers',
});

const get = jsonRoute({
  method: 'get',
  path: '/api/v1/customers/{id}',
  tags: ['Customers'],
  summary: 'One customer, with current consents',
  request: { params: IdParams },
  responseSchema: CustomerDetail,
  responseDescription: 'The customer',
});

const update = jsonRoute({
  method: 'patch',
  path: '/api/v1/customers/{id}',
  tags: ['Customers'],
  summary: 'Change contact details; consents given are added to the consent history',
  request: { params: IdParams, ...jsonBody(CustomerBody) },
  responseSchema: Customer,
  responseDescription: 'Updated',
});

const rotate = jsonRoute({
  method: 'post',
  path: '/api/v1/customers/{id}/card-token/rotate',
  tags: ['Customers'],
  summary: 'Issue a new card link; the old one stops working',
  request: { params: IdParams },
  responseSchema: Customer,
  responseDescription: 'The customer with the new card token',
});

function toInput(body: z.infer<typeof CustomerBody>): CustomerInput {
  const { birthday, ...rest } = body;
  const parsed = parseBirthday(birthday);
  return { ...rest, ...(parsed !== undefined ? { birthday: parsed } : {}) };
}

function newCustomerInput(body: z.infer<typeof NewCustomerBody>): CustomerInput {
  const { referredBy, ...details } = body;
  const ref = referredBy ? { ref: referredBy, acceptCustomerId: true, ignoreUnknown: false } : null;
  return { ...toInput(details), referredBy: ref };
}

export function registerCustomerRoutes(app: OpenAPIHono<AppEnv>) {
  const url = (c: { get(k: 'services'): AppEnv['Variables']['services'] }) =>
    c.get('services').config.publicUrl;

  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const scope = merchantScope(c);
    // Through runWrite: a retried sign-up at the counter (same Idempotency-Key) is one customer.
    return runWrite(c, scope, body, async (tx) => ({
      status: 201,
      body: presentCustomer(await createCustomerIn(tx, scope, newCustomerInput(body)), url(c)),
    })) as never;
  });
  app.openapi(search, async (c) => {
    const { query, limit, cursor } = c.req.valid('query');
    const page = await searchCustomers(merchantScope(c), {
      limit,
      ...(query ? { query } : {}),
      ...(cursor ? { after: cursor } : {}),
    });
    return c.json(
      { items: page.rows.map((r) => presentCustomer(r, url(c))), nextCursor: page.nextCursor },
      200,
    );
  });
  app.openapi(get, async (c) => {
    const { row, consents, tier } = await getCustomer(merchantScope(c), c.req.valid('param').id);
    return c.json(
      {
        ...presentCustomer(row, url(c)),
        consents: consents.map((k) => ({
          channel: k.channel,
          granted: k.granted,
          recordedAt: k.recorded_at.toISOString(),
          source: k.source,
          wordingVersion: k.wording_version,
        })),
        ...tier,
      },
      200,
    );
  });
  app.openapi(update, async (c) => {
    const scope = merchantScope(c);
    const row = await updateCustomer(scope, c.req.valid('param').id, toInput(c.req.valid('json')));
    return c.json(presentCustomer(row, url(c)), 200);
  });
  app.openapi(rotate, async (c) => {
    const row = await rotateCardToken(merchantScope(c), c.req.valid('param').id);
    return c.json(presentCustomer(row, url(c)), 200);
  });
}
